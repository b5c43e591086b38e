import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig, type Locale } from '@kenes/api/core';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

type Template = (p: { name: string; link: string; role?: string }) => { subject: string; text: string };

/** Plain, short letters: who invites, what for, one link, how long it works. */
const TEMPLATES: Record<'invitation' | 'passwordReset', Record<Locale, Template>> = {
  invitation: {
    kk: ({ name, link, role }) => ({
      subject: 'Kenes: жүйеге шақыру',
      text: `Сәлеметсіз бе, ${name}!\n\nСізді Kenes жүйесіне шақырды${role ? ` (рөлі: ${role})` : ''}.\nҚұпиясөз орнатып, кіру үшін сілтемені ашыңыз:\n\n${link}\n\nСілтеме 7 күн жарамды.\n`,
    }),
    ru: ({ name, link, role }) => ({
      subject: 'Kenes: приглашение в систему',
      text: `Здравствуйте, ${name}!\n\nВас пригласили в систему Kenes${role ? ` (роль: ${role})` : ''}.\nЧтобы задать пароль и войти, откройте ссылку:\n\n${link}\n\nСсылка действует 7 дней.\n`,
    }),
    en: ({ name, link, role }) => ({
      subject: 'Kenes: you are invited',
      text: `Hello ${name},\n\nYou have been invited to Kenes${role ? ` (role: ${role})` : ''}.\nOpen this link to set a password and sign in:\n\n${link}\n\nThe link works for 7 days.\n`,
    }),
  },
  passwordReset: {
    kk: ({ name, link }) => ({
      subject: 'Kenes: құпиясөзді қалпына келтіру',
      text: `Сәлеметсіз бе, ${name}!\n\nЖаңа құпиясөз орнату үшін сілтемені ашыңыз:\n\n${link}\n\nСілтеме 1 сағат жарамды. Егер сіз сұрамасаңыз, бұл хатты елемеңіз.\n`,
    }),
    ru: ({ name, link }) => ({
      subject: 'Kenes: восстановление пароля',
      text: `Здравствуйте, ${name}!\n\nЧтобы задать новый пароль, откройте ссылку:\n\n${link}\n\nСсылка действует 1 час. Если вы не запрашивали восстановление, просто не отвечайте на это письмо.\n`,
    }),
    en: ({ name, link }) => ({
      subject: 'Kenes: reset your password',
      text: `Hello ${name},\n\nOpen this link to set a new password:\n\n${link}\n\nThe link works for 1 hour. If you did not ask for this, ignore this e-mail.\n`,
    }),
  },
};

export function renderMail(kind: keyof typeof TEMPLATES, locale: Locale, p: { name: string; link: string; role?: string }) {
  return TEMPLATES[kind][locale](p);
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
