import type { ChildErasedV1, EventEnvelope } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';
import { isUUID } from 'class-validator';

/** protocol-engine erased one child's personal data: the child and the records merged into it. */
export class EraseChildTasksCommand {
  private constructor(
    readonly messageId: string,
    readonly erasureId: string,
    /** The erased child first, then each record merged into it. */
    readonly childIds: string[],
  ) {}

  static create(envelope: EventEnvelope): EraseChildTasksCommand {
    const d = envelope.data as Partial<ChildErasedV1>;
    const merged = Array.isArray(d.mergedChildIds) ? d.mergedChildIds : null;
    if (!isUUID(d.erasureId ?? '') || !isUUID(d.childId ?? '') || !merged?.every((id) => isUUID(id)) || Number.isNaN(Date.parse(String(d.erasedAt)))) {
      throw new PoisonMessageError(`child-erased ${envelope.id} lacks erasureId, childId, mergedChildIds or erasedAt`);
    }
    return new EraseChildTasksCommand(envelope.id, d.erasureId as string, [d.childId as string, ...merged]);
  }
}
