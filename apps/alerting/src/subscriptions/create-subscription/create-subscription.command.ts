import { validationFailed } from '@homeward/platform';
import { AlertingKind, Channel, Roles } from '@homeward/routing';
import type { CreateSubscriptionDto } from '../subscription.dto';

export class CreateSubscriptionCommand {
  private constructor(
    readonly kind: AlertingKind,
    readonly recipientType: 'ROLE' | 'PERSON',
    readonly recipient: string,
    readonly channels: Channel[],
    readonly responsibleAuthority: string | null,
    readonly force: string | null,
  ) {}

  /** The DTO has checked shapes; this checks what only the domain knows (roles, one kind of field per channel). */
  static create(dto: CreateSubscriptionDto): CreateSubscriptionCommand {
    if (dto.recipient.type === 'ROLE' && !(Roles as readonly string[]).includes(dto.recipient.id)) {
      throw validationFailed([{ field: 'recipient.id', reason: `must be one of ${Roles.join(', ')} for a ROLE` }]);
    }
    const channels = dto.channels.map((c, i): Channel => {
      const misplaced = (['address', 'url', 'secret'] as const).filter((f) => c[f] !== undefined && !FIELDS[c.type].includes(f));
      if (misplaced.length > 0) throw validationFailed(misplaced.map((f) => ({ field: `channels.${i}.${f}`, reason: `not allowed on a ${c.type} channel` })));
      if (c.type === 'EMAIL') return { type: 'EMAIL', address: c.address! };
      if (c.type === 'WEBHOOK') return { type: 'WEBHOOK', url: c.url!, secret: c.secret! };
      return { type: 'FEED' };
    });
    return new CreateSubscriptionCommand(dto.kind, dto.recipient.type, dto.recipient.id, channels, dto.responsibleAuthority ?? null, dto.force ?? null);
  }
}

const FIELDS: Record<Channel['type'], readonly string[]> = { EMAIL: ['address'], WEBHOOK: ['url', 'secret'], FEED: [] };
