import type { Subscription } from './subscription.entity';
import type { SubscriptionView } from './subscription.dto';

export function toSubscriptionView(s: Subscription): SubscriptionView {
  return {
    id: s.id,
    kind: s.kind,
    recipient: { type: s.recipientType, id: s.recipient },
    channels: s.channels.map((c) => (c.type === 'WEBHOOK' ? { type: c.type, url: c.url } : c)),
    responsibleAuthority: s.responsibleAuthority,
    force: s.force,
    createdAt: s.createdAt.toISOString(),
  };
}
