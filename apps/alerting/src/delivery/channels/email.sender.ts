import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AlertingConfig } from '../../alerting.config';
import type { AlertView } from '../../alerts/alert-view';

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
    await this.transport.sendMail({
      from: this.config.emailFrom,
      to: address,
      subject: `[Homeward] ${alert.kind.replace(/_/g, ' ')}: ${alert.policeReference ? `police reference ${alert.policeReference}` : `CME case ${alert.caseReference}`}`,
      messageId: `<${deliveryId}@homeward.alerting>`,
      headers: { 'X-Homeward-Alert-Id': alert.id },
      text: `${alert.summary}\n\nOpen the alert in the Homeward staff workspace (you will be asked to sign in) to see the details and acknowledge it:\n${alert.link}\n`,
    });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
