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
    const { erasureId, childId, mergedChildIds, erasedAt } = envelope.data as Partial<ChildErasedV1>;
    const at = new Date(erasedAt ?? '');
    if (typeof erasureId !== 'string' || !isUUID(erasureId) || typeof childId !== 'string' || !isUUID(childId) || !Array.isArray(mergedChildIds) || !mergedChildIds.every((id) => isUUID(id)) || Number.isNaN(at.getTime())) {
      throw new PoisonMessageError(`child-erased ${envelope.id} lacks erasureId, childId, mergedChildIds or erasedAt`);
    }
    return new EraseChildAlertsCommand(envelope.id, erasureId, [childId, ...mergedChildIds], at);
  }
}
