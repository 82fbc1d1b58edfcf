import type { WakeUp } from '@homeward/platform';

/** Sends one e-mail or webhook delivery, at once; its retries are the kind's attempts and backoff. */
export const ALERT_DELIVERY = 'alert-delivery';

export const deliveryWakeUp = (deliveryId: string, now: Date): WakeUp => ({ kind: ALERT_DELIVERY, subjectId: deliveryId, dueAt: now });
