import type { StaffIdentity } from '@homeward/platform';
import { validationFailed } from '@homeward/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A member of staff merges another record of the same child into this one (the survivor). */
export class MergeChildrenCommand {
  private constructor(
    readonly survivorId: string,
    readonly mergedId: string,
    readonly staff: StaffIdentity,
    readonly correlationId: string,
  ) {}

  static create(input: { survivorId: string; mergedId: string; staff: StaffIdentity; correlationId: string }): MergeChildrenCommand {
    if (input.survivorId === input.mergedId) throw validationFailed([{ field: 'mergeChildId', reason: 'mergeChildId must be another record than the one merged into' }]);
    if (!UUID.test(input.mergedId)) throw validationFailed([{ field: 'mergeChildId', reason: 'mergeChildId must be a child id (a UUID)' }]);
    return new MergeChildrenCommand(input.survivorId, input.mergedId, input.staff, input.correlationId);
  }
}
