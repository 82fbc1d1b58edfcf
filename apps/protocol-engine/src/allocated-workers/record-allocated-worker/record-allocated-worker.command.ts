import { isStaffId, validationFailed, type StaffIdentity } from '@homeward/platform';

/** Staff record who the child's allocated worker is (a staff id), or that none is (null). */
export class RecordAllocatedWorkerCommand {
  private constructor(
    readonly childId: string,
    readonly staffId: string | null,
    readonly actor: StaffIdentity,
  ) {}

  static create(input: { childId: string; staffId?: unknown; actor: StaffIdentity }): RecordAllocatedWorkerCommand {
    if (input.staffId !== null && !isStaffId(input.staffId)) {
      throw validationFailed([{ field: 'staffId', reason: "staffId must be the worker's staff id (letters, digits, . _ @ -, at most 100), or null for none" }]);
    }
    return new RecordAllocatedWorkerCommand(input.childId, input.staffId, input.actor);
  }
}
