import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { AlertingConfig } from '../../alerting.config';
import type { AlertView } from '../../alerts/alert-view';
import { signWebhook, WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from './webhook-signature';
import { WebhookTargets } from './webhook-targets';

/**
 * A signed POST to a partner system; anything but 2xx is a failure to retry. A redirect is a
 * failure too, never followed: it could point anywhere the target check would have refused.
 */
@Injectable()
export class WebhookSender {
  constructor(
    private readonly config: AlertingConfig,
    private readonly clock: Clock,
    private readonly targets: WebhookTargets,
  ) {}

  async send(deliveryId: string, url: string, secret: string, alert: AlertView): Promise<void> {
    const target = this.targets.parse(url);
    const body = JSON.stringify({ deliveryId, alert });
    const timestamp = Math.floor(this.clock.now().getTime() / 1_000);
    const status = await new Promise<number>((resolve, reject) => {
      const req = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-homeward-delivery-id': deliveryId,
          [WEBHOOK_TIMESTAMP_HEADER]: String(timestamp),
          [WEBHOOK_SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
        },
        lookup: this.targets.lookup,
        signal: AbortSignal.timeout(this.config.deliveryTimeoutMs),
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(body);
    });
    if (status < 200 || status >= 300) throw new Error(`webhook answered HTTP ${status}`);
  }
}
