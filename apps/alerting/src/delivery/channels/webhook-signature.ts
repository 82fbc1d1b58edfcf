import { createHmac } from 'node:crypto';

export const WEBHOOK_TIMESTAMP_HEADER = 'x-homeward-timestamp';
export const WEBHOOK_SIGNATURE_HEADER = 'x-homeward-signature';

/**
 * HMAC-SHA256 over `<timestamp>.<body>`: the receiver recomputes it with the shared secret
 * and rejects stale timestamps, so a captured call can be neither forged nor replayed later.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
