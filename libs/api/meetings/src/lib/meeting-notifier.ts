import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, isLocale, type AppConfig, type Locale, type LocalizedValue, type RequestContext } from '@kenes/api/core';
import { MailService } from '@kenes/api/identity';
import type { CouncilEntity } from '@kenes/api/registry';
import { buildCalendar, type CalendarMethod } from '@kenes/ical';
import type { AgendaProposalEntity, MeetingEntity } from './meetings.entities';
import { MeetingsRepository, localDate } from './meetings.repository';

const pick = (v: LocalizedValue | null | undefined, locale: Locale): string => (v ? (v[locale] || v.ru) : '');

const TYPE: Record<Locale, Record<string, string>> = {
  kk: { regular: 'Кезекті отырыс', extraordinary: 'Кезектен тыс отырыс', publicHearing: 'Қоғамдық тыңдау', constituent: 'Құрылтай отырысы' },
  ru: { regular: 'Очередное заседание', extraordinary: 'Внеочередное заседание', publicHearing: 'Общественные слушания', constituent: 'Первое (организационное) заседание' },
  en: { regular: 'Regular meeting', extraordinary: 'Extraordinary meeting', publicHearing: 'Public hearing', constituent: 'Constituent meeting' },
};

const WORDS: Record<Locale, { when: string; where: string; online: string; agenda: string; page: string; cancelled: string; reason: string }> = {
  kk: { when: 'Уақыты', where: 'Орны', online: 'Онлайн', agenda: 'Күн тәртібі', page: 'Отырыс беті', cancelled: 'ОТЫРЫС БОЛДЫРЫЛМАДЫ', reason: 'Себебі' },
  ru: { when: 'Когда', where: 'Где', online: 'Онлайн', agenda: 'Повестка', page: 'Страница заседания', cancelled: 'ЗАСЕДАНИЕ ОТМЕНЕНО', reason: 'Причина' },
  en: { when: 'When', where: 'Where', online: 'Online', agenda: 'Agenda', page: 'Meeting page', cancelled: 'MEETING CANCELLED', reason: 'Reason' },
};

const DECLINED: Record<Locale, (title: string, reason: string) => { subject: string; text: string }> = {
  kk: (t, r) => ({ subject: 'Kenes: күн тәртібіне ұсынысыңыз қабылданбады', text: `Сіздің «${t}» ұсынысыңыз күн тәртібіне енгізілмеді.\n\nСебебі: ${r}\n` }),
  ru: (t, r) => ({ subject: 'Kenes: ваше предложение в повестку отклонено', text: `Ваше предложение «${t}» не включено в повестку.\n\nПричина: ${r}\n` }),
  en: (t, r) => ({ subject: 'Kenes: your agenda proposal was declined', text: `Your proposal “${t}” was not put on the agenda.\n\nReason: ${r}\n` }),
};

function when(at: Date, locale: Locale): string {
  const tag = locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB';
  return new Intl.DateTimeFormat(tag, { timeZone: 'Asia/Almaty', dateStyle: 'full', timeStyle: 'short' }).format(at);
}

/**
 * The notice of a meeting: one e-mail per member with an account and per invitee with an address,
 * in the recipient's language, carrying an iCalendar invitation (REQUEST, or CANCEL) whose SEQUENCE
 * is the meeting's revision. Sent only after the transaction commits.
 */
@Injectable()
export class MeetingNotifier {
  constructor(
    private readonly repo: MeetingsRepository,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get baseUrl(): string {
    return (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/$/, '');
  }

  async notify(ctx: RequestContext, meeting: MeetingEntity, council: CouncilEntity, method: Extract<CalendarMethod, 'REQUEST' | 'CANCEL'>): Promise<number> {
    const m = this.repo.connection.manager(ctx);
    const members: Array<{ email: string; display_name: string; locale: string }> = await m.query(
      `SELECT DISTINCT u.email, u.display_name, u.locale
         FROM membership ms
         JOIN person_account pa ON pa.person_id = ms.person_id
         JOIN user_account u ON u.id = pa.user_id AND u.disabled_at IS NULL
        WHERE ms.convocation_id = $1 AND ms.starts_on <= $2::date AND (ms.ends_on IS NULL OR ms.ends_on > $2::date)`,
      [meeting.convocationId, localDate(meeting.startsAt)],
    );
    const invitees: Array<{ email: string; name: string }> = await m.query(
      `SELECT DISTINCT email, name FROM meeting_invitee WHERE meeting_id = $1 AND email IS NOT NULL`,
      [meeting.id],
    );
    const items: Array<{ position: number; title: LocalizedValue }> = await m.query(
      'SELECT position, title FROM agenda_item WHERE meeting_id = $1 ORDER BY position',
      [meeting.id],
    );
    const seen = new Set<string>();
    const letters: Array<{ to: string; name: string; locale: Locale }> = [];
    for (const r of members) {
      if (seen.has(r.email)) continue;
      seen.add(r.email);
      letters.push({ to: r.email, name: r.display_name, locale: isLocale(r.locale) ? r.locale : 'ru' });
    }
    for (const r of invitees) {
      if (seen.has(r.email)) continue;
      seen.add(r.email);
      letters.push({ to: r.email, name: r.name, locale: ctx.locale });
    }
    const mails = letters.map((l) => this.letter(meeting, council, items, l, method));
    ctx.afterCommit(async () => {
      for (const mail of mails) await this.mail.send(mail);
    });
    return letters.length;
  }

  async proposalDeclined(ctx: RequestContext, proposal: AgendaProposalEntity): Promise<void> {
    let to = proposal.proposerEmail;
    let locale: Locale = ctx.locale;
    if (!to && proposal.proposerUserId) {
      const rows: Array<{ email: string; locale: string }> = await this.repo.connection
        .manager(ctx)
        .query('SELECT email, locale FROM user_account WHERE id = $1', [proposal.proposerUserId]);
      to = rows[0]?.email ?? null;
      if (rows[0] && isLocale(rows[0].locale)) locale = rows[0].locale;
    }
    if (!to || !proposal.declineReason) return;
    const letter = DECLINED[locale](proposal.title, proposal.declineReason);
    const address = to;
    ctx.afterCommit(() => this.mail.send({ to: address, ...letter }));
  }

  private letter(
    meeting: MeetingEntity,
    council: CouncilEntity,
    items: Array<{ position: number; title: LocalizedValue }>,
    to: { to: string; name: string; locale: Locale },
    method: 'REQUEST' | 'CANCEL',
  ) {
    const l = to.locale;
    const w = WORDS[l];
    const title = `${TYPE[l][meeting.type]} №${meeting.number} — ${pick(council.name, l)}`;
    const url = `${this.baseUrl}/${l}/councils/${council.slug}/meetings/${meeting.number}`;
    const place = pick(meeting.place, l);
    const lines = [
      method === 'CANCEL' ? `${w.cancelled}\n${w.reason}: ${meeting.cancelReason ?? ''}\n` : '',
      title,
      `${w.when}: ${when(meeting.startsAt, l)}`,
      place ? `${w.where}: ${place}` : '',
      meeting.onlineUrl ? `${w.online}: ${meeting.onlineUrl}` : '',
      '',
      `${w.agenda}:`,
      ...items.map((i) => `${i.position}. ${pick(i.title, l)}`),
      '',
      `${w.page}: ${url}`,
    ].filter((x, i, all) => x !== '' || (i > 0 && all[i - 1] !== ''));
    const end = meeting.endsAt ?? new Date(meeting.startsAt.getTime() + 2 * 3600_000);
    const content = buildCalendar({
      prodId: '-//Kenes//Meetings//EN',
      method,
      events: [
        {
          uid: `meeting-${meeting.id}@kenes`,
          sequence: meeting.revision,
          start: meeting.startsAt,
          end,
          summary: title,
          description: lines.join('\n'),
          location: [place, meeting.onlineUrl].filter(Boolean).join(' · ') || undefined,
          url,
          organizer: { name: pick(council.name, l), email: this.config.mailFrom.replace(/^.*<([^>]+)>.*$/, '$1') },
          attendees: [{ name: to.name, email: to.to, role: 'REQ-PARTICIPANT' }],
          status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
          lastModified: new Date(),
        },
      ],
    });
    return {
      to: to.to,
      subject: `Kenes: ${method === 'CANCEL' ? `${w.cancelled.toLowerCase()} — ` : ''}${title}`,
      text: lines.join('\n') + '\n',
      icalEvent: { method, filename: 'invite.ics', content },
    };
  }
}
