import { CmeCaseClosedV1, CmeOutcomes, EventEnvelope } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';
import { isUUID } from 'class-validator';

/** A CME case ended, as education-referrals published it. */
export class CloseCmeCaseTasksCommand {
  private constructor(
    readonly messageId: string,
    readonly correlationId: string,
    readonly closure: CmeCaseClosedV1,
  ) {}

  static create(envelope: EventEnvelope): CloseCmeCaseTasksCommand {
    const d = envelope.data as Partial<CmeCaseClosedV1>;
    if (!isUUID(d.caseId ?? '') || !d.caseReference || !CmeOutcomes.includes(d.outcome as never) || Number.isNaN(Date.parse(String(d.closedAt)))) {
      throw new PoisonMessageError(`cme-case-closed ${envelope.id} lacks the case's id, its outcome or closedAt`);
    }
    return new CloseCmeCaseTasksCommand(envelope.id, envelope.correlationId, envelope.data as CmeCaseClosedV1);
  }
}
