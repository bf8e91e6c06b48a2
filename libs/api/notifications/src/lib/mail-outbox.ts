import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@taskforce/api-core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';

/** One e-mail to one person, plain text. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Where alert e-mails go, chosen once from the configuration: the SMTP server of SMTP_URL (nodemailer); without it,
 * outside production, .eml files in MAIL_DIR (one per e-mail, named by UTC time and message id), so that the demo and
 * development show what would be sent; in production without SMTP_URL, nowhere (`enabled` false, said once at start).
 */
@Injectable()
export class MailOutbox {
  private readonly logger = new Logger(MailOutbox.name);
  private readonly smtp: Transporter | null;
  private readonly folder: Transporter | null;

  constructor(private readonly config: AppConfig) {
    this.smtp = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
    this.folder = !this.smtp && !config.isProduction ? createTransport({ streamTransport: true, buffer: true, newline: 'unix' }) : null;
  }

  /** False when e-mails cannot go anywhere (production without SMTP_URL). */
  get enabled(): boolean {
    return Boolean(this.smtp || this.folder);
  }

  /** Where e-mails go, for the start-up log: `smtp` with the host, the folder, or `off`. */
  describe(): string {
    if (this.smtp) return `SMTP ${new URL(this.config.SMTP_URL as string).host}`;
    return this.folder ? `folder ${this.config.mailDir}` : 'off (no SMTP_URL in production)';
  }

  /**
   * Sends one e-mail from MAIL_FROM. @throws what the SMTP server or the file system reports (the caller keeps the
   * notifications un-e-mailed and tries again later).
   */
  async send(mail: OutgoingMail): Promise<void> {
    const message = { from: this.config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text };
    if (this.smtp) {
      await this.smtp.sendMail(message);
      return;
    }
    if (!this.folder) return;
    const info = (await this.folder.sendMail(message)) as { messageId: string; message: Buffer };
    await mkdir(this.config.mailDir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^A-Za-z0-9.-]/g, '')}.eml`;
    await writeFile(join(this.config.mailDir, name), info.message);
    this.logger.log(`alert e-mail to ${mail.to} written to ${join(this.config.mailDir, name)}`);
  }
}
