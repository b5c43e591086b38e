import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig, type Locale } from '@kenes/api/core';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** An iCalendar invitation (text/calendar with its METHOD), shown by mail clients as an event. */
  icalEvent?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; filename: string; content: string };
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) on notifications. */
  headers?: Record<string, string>;
}

type Template = (p: { name: string; link: string; validFor: string; role?: string }) => { subject: string; text: string };

/** "7 күн" / "7 дней" / "7 days", or hours below a day: the link lifetime as the service sets it. */
export function validityText(hours: number, locale: Locale): string {
  const days = hours % 24 === 0 ? hours / 24 : null;
  if (locale === 'kk') return days ? `${days} күн` : `${hours} сағат`;
  if (locale === 'en') return days ? `${days} day${days === 1 ? '' : 's'}` : `${hours} hour${hours === 1 ? '' : 's'}`;
  const n = days ?? hours;
  const form = (one: string, few: string, many: string) => (n % 10 === 1 && n % 100 !== 11 ? one : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? few : many);
  return days ? `${n} ${form('день', 'дня', 'дней')}` : `${n} ${form('час', 'часа', 'часов')}`;
}

/** Plain, short letters: who invites, what for, one link, how long it works. */
const TEMPLATES: Record<'invitation' | 'passwordReset', Record<Locale, Template>> = {
  invitation: {
    kk: ({ name, link, validFor, role }) => ({
      subject: 'Kenes: жүйеге шақыру',
      text: `Сәлеметсіз бе, ${name}!\n\nСізді Kenes жүйесіне шақырды${role ? ` (рөлі: ${role})` : ''}.\nҚұпиясөз орнатып, кіру үшін сілтемені ашыңыз:\n\n${link}\n\nСілтеме ${validFor} жарамды.\n`,
    }),
    ru: ({ name, link, validFor, role }) => ({
      subject: 'Kenes: приглашение в систему',
      text: `Здравствуйте, ${name}!\n\nВас пригласили в систему Kenes${role ? ` (роль: ${role})` : ''}.\nЧтобы задать пароль и войти, откройте ссылку:\n\n${link}\n\nСсылка действует ${validFor}.\n`,
    }),
    en: ({ name, link, validFor, role }) => ({
      subject: 'Kenes: you are invited',
      text: `Hello ${name},\n\nYou have been invited to Kenes${role ? ` (role: ${role})` : ''}.\nOpen this link to set a password and sign in:\n\n${link}\n\nThe link works for ${validFor}.\n`,
    }),
  },
  passwordReset: {
    kk: ({ name, link, validFor }) => ({
      subject: 'Kenes: құпиясөзді қалпына келтіру',
      text: `Сәлеметсіз бе, ${name}!\n\nЖаңа құпиясөз орнату үшін сілтемені ашыңыз:\n\n${link}\n\nСілтеме ${validFor} жарамды. Егер сіз сұрамасаңыз, бұл хатты елемеңіз.\n`,
    }),
    ru: ({ name, link, validFor }) => ({
      subject: 'Kenes: восстановление пароля',
      text: `Здравствуйте, ${name}!\n\nЧтобы задать новый пароль, откройте ссылку:\n\n${link}\n\nСсылка действует ${validFor}. Если вы не запрашивали восстановление, просто не отвечайте на это письмо.\n`,
    }),
    en: ({ name, link, validFor }) => ({
      subject: 'Kenes: reset your password',
      text: `Hello ${name},\n\nOpen this link to set a new password:\n\n${link}\n\nThe link works for ${validFor}. If you did not ask for this, ignore this e-mail.\n`,
    }),
  },
};

export function renderMail(kind: keyof typeof TEMPLATES, locale: Locale, p: { name: string; link: string; validHours: number; role?: string }) {
  return TEMPLATES[kind][locale]({ ...p, validFor: validityText(p.validHours, locale) });
}

/**
 * Sends e-mail through SMTP_URL. Without it (a laptop demo) the letter is written to the log
 * instead, so an invitation link can still be followed.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl
      ? nodemailer.createTransport(config.smtpUrl, { from: config.mailFrom })
      : nodemailer.createTransport({ jsonTransport: true });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = (await this.transport.sendMail({ from: this.config.mailFrom, ...mail })) as { message?: unknown };
    if (!this.config.smtpUrl) this.logger.log(`E-mail not sent (no SMTP_URL) to ${mail.to}: ${mail.subject}\n${mail.text}`);
    void info;
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
