import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { AlertingConfig } from '../../alerting.config';
import type { AlertView } from '../../alerts/alert-view';
import { signWebhook, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from './webhook-signature';

/** A signed POST to a partner system; anything but 2xx is a failure to retry. */
@Injectable()
export class WebhookSender {
  constructor(
    private readonly config: AlertingConfig,
    private readonly clock: Clock,
  ) {}

  async send(deliveryId: string, url: string, secret: string, alert: AlertView): Promise<void> {
    const body = JSON.stringify({ deliveryId, alert });
    const timestamp = Math.floor(this.clock.now().getTime() / 1_000);
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-homeward-delivery-id': deliveryId,
        [WEBHOOK_TIMESTAMP_HEADER]: String(timestamp),
        [WEBHOOK_SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
      },
      signal: AbortSignal.timeout(this.config.deliveryTimeoutMs),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`webhook answered HTTP ${response.status}`);
  }
}
