import { Clock } from '@homeward/contracts';
import { Correlation, type StaffIdentity, UnitOfWork, validationFailed } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { outcomeProblems } from '../../cme-rules';
import { enquiriesOf } from '../case-enquiries';
import type { RecordOutcomeDto } from '../case-dtos';
import { CloseCase } from '../close-case';
import { londonDateOf } from '../cme-task-deadlines';
import { lockOpenCase } from '../lock-open-case';

/** The CMO records how a case ended; the case closes, its time missing education is counted, and its tasks close with it. */
@Injectable()
export class RecordOutcome {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly closeCase: CloseCase,
    private readonly clock: Clock,
  ) {}

  execute(command: { staff: StaffIdentity; caseId: string; outcome: RecordOutcomeDto }): Promise<{ reference: string; schoolDaysMissing: number | null }> {
    const now = this.clock.now();
    return this.unitOfWork.run(async (em) => {
      const open = await lockOpenCase(em, command.caseId);
      const { outcome, resolvedOn, ...details } = command.outcome;
      const problems = outcomeProblems(command.outcome, { source: open.source, firstDayMissing: open.firstDayMissing, today: londonDateOf(now), enquiries: await enquiriesOf(em, open.id) });
      if (problems.length > 0) throw validationFailed(problems);
      const closed = await this.closeCase.execute(em, open, { outcome, resolvedOn, details: { ...details, recordedBy: command.staff.staffId }, at: now, correlationId: Correlation.currentOrNew() });
      return { reference: closed.reference, schoolDaysMissing: closed.schoolDaysMissing };
    });
  }
}
