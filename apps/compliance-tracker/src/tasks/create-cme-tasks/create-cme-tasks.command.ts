import { CmeTasksRequiredV1, CmeTaskTypes, EventEnvelope } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';
import { isUUID } from 'class-validator';

/** A CME case's request for work in the CMO's queue, as education-referrals published it. */
export class CreateCmeTasksCommand {
  private constructor(
    readonly messageId: string,
    readonly correlationId: string,
    readonly request: CmeTasksRequiredV1,
  ) {}

  static create(envelope: EventEnvelope): CreateCmeTasksCommand {
    const d = envelope.data as Partial<CmeTasksRequiredV1>;
    const bad =
      !isUUID(d.caseId ?? '') || !d.childKey || !d.caseReference || Number.isNaN(Date.parse(String(d.requestedAt))) || !Array.isArray(d.tasks) ||
      d.tasks.some((t) => !CmeTaskTypes.includes(t?.type) || Number.isNaN(Date.parse(String(t.dueAt))));
    if (bad) throw new PoisonMessageError(`cme-tasks-required ${envelope.id} lacks the case's ids or has an unusable task`);
    return new CreateCmeTasksCommand(envelope.id, envelope.correlationId, envelope.data as CmeTasksRequiredV1);
  }
}
