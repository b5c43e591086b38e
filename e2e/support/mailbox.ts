import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  /** The iCalendar part of an invitation, if any (text/calendar). */
  calendar?: string;
  /** The List-Unsubscribe header, if any. */
  listUnsubscribe?: string;
}

export interface Mailbox {
  url: string;
  messages: ReceivedMail[];
  /** Waits for the next letter to `to` (up to 10 s). */
  waitFor(to: string): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/** A real SMTP listener on loopback that keeps what it receives, for tests. */
export async function startMailbox(): Promise<Mailbox> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
          const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
          // mailparser folds the List-* headers into one structured `list` header.
          const list = mail.headers.get('list') as { unsubscribe?: { url?: string } } | undefined;
          const listUnsubscribe = list?.unsubscribe?.url;
          messages.push({
            to,
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            ...(ics ? { calendar: ics.content.toString('utf8') } : {}),
            ...(listUnsubscribe ? { listUnsubscribe } : {}),
          });
          callback();
        })
        .catch((e: Error) => callback(e));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(to) {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const i = messages.findIndex((m) => m.to.toLowerCase().includes(to.toLowerCase()));
        if (i >= 0) return messages.splice(i, 1)[0] as ReceivedMail;
        if (Date.now() > deadline) throw new Error(`no e-mail to ${to} arrived`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function linkToken(mail: ReceivedMail): string {
  const m = /token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!m?.[1]) throw new Error(`no link in: ${mail.text}`);
  return m[1];
}
