import { Clock, createEnvelope, Topics } from '@homeward/contracts';
import { Correlation, OutboxWriter, type StaffIdentity, UnitOfWork, validationFailed } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { outcomeProblems } from '../../cme-rules';
import { LocalAuthorityDirectory } from '../../local-authorities';
import { enquiriesOf } from '../case-enquiries';
import type { RecordOutcomeDto } from '../case-dtos';
import { CloseCase } from '../close-case';
import { londonDateOf } from '../cme-task-deadlines';
import { lockOpenCase } from '../lock-open-case';
import { handOver, type HandOverRecord } from './hand-over';

/**
 * The CMO records how a case ended; the case closes, its time missing education is counted, and
 * its tasks close with it. A move to another LA hands the case over: in the same transaction
 * the hand-over event goes in the outbox, and alerting tells that LA's CME mailbox.
 */
@Injectable()
export class RecordOutcome {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly closeCase: CloseCase,
    private readonly outbox: OutboxWriter,
    private readonly directory: LocalAuthorityDirectory,
    private readonly clock: Clock,
  ) {}

  execute(command: { staff: StaffIdentity; caseId: string; outcome: RecordOutcomeDto }): Promise<{ reference: string; schoolDaysMissing: number | null; handOver?: HandOverRecord }> {
    const now = this.clock.now();
    return this.unitOfWork.run(async (em) => {
      const open = await lockOpenCase(em, command.caseId);
      // Codes are upper case in the directory; a CMO's lower-case one is the same authority.
      const given = command.outcome.authority === undefined ? command.outcome : { ...command.outcome, authority: command.outcome.authority.toUpperCase() };
      const { outcome, resolvedOn, ...details } = given;
      const problems = outcomeProblems(given, {
        source: open.source,
        firstDayMissing: open.firstDayMissing,
        today: londonDateOf(now),
        enquiries: await enquiriesOf(em, open.id),
        authorities: this.directory.codes(),
      });
      if (problems.length > 0) throw validationFailed(problems);
      const correlationId = Correlation.currentOrNew();
      const to = outcome === 'MOVED_TO_ANOTHER_LA' && given.authority ? this.directory.find(given.authority) : undefined;
      const handedOver = to ? handOver(open, to, this.directory.thisAuthority, now) : undefined;
      const closed = await this.closeCase.execute(em, open, {
        outcome,
        resolvedOn,
        details: { ...details, ...(handedOver ? { handOver: handedOver.record } : {}), recordedBy: command.staff.staffId },
        at: now,
        correlationId,
      });
      if (handedOver) {
        await this.outbox.append(em, {
          topic: Topics.cmeCaseHandedOver,
          // The child's hash, as the case-closed event in this transaction: one child's events in order.
          key: open.childKey,
          aggregateType: 'cme-case',
          aggregateId: open.id,
          envelope: createEnvelope({ type: 'education.cme-case-handed-over', version: 1, data: handedOver.event, correlationId, producer: 'education-referrals', occurredAt: now }),
        });
      }
      return { reference: closed.reference, schoolDaysMissing: closed.schoolDaysMissing, ...(handedOver ? { handOver: handedOver.record } : {}) };
    });
  }
}
