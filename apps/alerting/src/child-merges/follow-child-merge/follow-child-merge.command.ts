import type { ChildrenMergedV1, EventEnvelope } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';

/** protocol-engine merged two records of one child. */
export class FollowChildMergeCommand {
  private constructor(
    readonly messageId: string,
    readonly merge: ChildrenMergedV1,
  ) {}

  static create(envelope: EventEnvelope): FollowChildMergeCommand {
    const m = envelope.data as Partial<ChildrenMergedV1>;
    if (!m.survivorChildId || !m.mergedChildId) throw new PoisonMessageError(`children-merged ${envelope.id} lacks the children`);
    return new FollowChildMergeCommand(envelope.id, envelope.data as ChildrenMergedV1);
  }
}
