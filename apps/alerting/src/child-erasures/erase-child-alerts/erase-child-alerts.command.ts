import type { ChildErasedV1, EventEnvelope } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';
import { isUUID } from 'class-validator';

/** protocol-engine erased one child's personal data: alerting erases it from the alerts about them and the records merged into them. */
export class EraseChildAlertsCommand {
  private constructor(
    readonly messageId: string,
    readonly erasureId: string,
    /** The child and every record merged into it. */
    readonly childIds: string[],
    readonly erasedAt: Date,
  ) {}

  static create(envelope: EventEnvelope): EraseChildAlertsCommand {
    const d = envelope.data as Partial<ChildErasedV1>;
    const erasedAt = new Date(d.erasedAt ?? '');
    const merged = d.mergedChildIds;
    if (!isUUID(d.erasureId ?? '') || !isUUID(d.childId ?? '') || !Array.isArray(merged) || !merged.every((id) => isUUID(id)) || Number.isNaN(erasedAt.getTime())) {
      throw new PoisonMessageError(`child-erased ${envelope.id} lacks erasureId, childId, mergedChildIds or erasedAt`);
    }
    return new EraseChildAlertsCommand(envelope.id, d.erasureId!, [d.childId!, ...merged], erasedAt);
  }
}
