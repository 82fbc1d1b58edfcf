import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AlertingConfig } from '../../alerting.config';
import type { AlertView } from '../../alerts/alert-view';

/** What one e-mail says: references and links only, never a child's details. */
export interface EmailContent {
  subject: string;
  text: string;
  headers: Record<string, string>;
  replyTo?: string;
}

/** E-mail over SMTP: references and the link only; e-mail is no place for a child's details. */
@Injectable()
export class EmailSender implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(private readonly config: AlertingConfig) {
    this.transport = createTransport({
      url: config.smtpUrl,
      pool: true,
      connectionTimeout: config.deliveryTimeoutMs,
      greetingTimeout: config.deliveryTimeoutMs,
      socketTimeout: config.deliveryTimeoutMs,
    } as Parameters<typeof createTransport>[0]);
  }

  /** The delivery id is the Message-ID, so a resend after a crash is recognisably the same message. */
  async send(deliveryId: string, address: string, alert: AlertView): Promise<void> {
    await this.sendMail(deliveryId, address, {
      subject: `[Homeward] ${alert.kind.replace(/_/g, ' ')}: ${alert.policeReference ? `police reference ${alert.policeReference}` : `CME case ${alert.caseReference}`}`,
      headers: { 'X-Homeward-Alert-Id': alert.id },
      text: `${alert.summary}\n\nOpen the alert in the Homeward staff workspace (you will be asked to sign in) to see the details and acknowledge it:\n${alert.link}\n`,
    });
  }

  /** Any e-mail a delivery carries (an alert's, a CME hand-over notice), from the configured sender, with the delivery id as its Message-ID. */
  async sendMail(deliveryId: string, address: string, mail: EmailContent): Promise<void> {
    await this.transport.sendMail({
      from: this.config.emailFrom,
      to: address,
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      subject: mail.subject,
      messageId: `<${deliveryId}@homeward.alerting>`,
      headers: mail.headers,
      text: mail.text,
    });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
