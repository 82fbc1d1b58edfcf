import { type CmeCaseClosedV1, type CmeOutcome, createEnvelope, Topics } from '@homeward/contracts';
import { OutboxWriter } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { schoolDaysMissing } from '../cme-rules';
import { SchoolCalendar } from '../school-calendar';
import { nextDate } from '../school-calendar/calendar-dates';
import { CmeCase } from './cme-case.entity';
import { EraseCase } from './erase-case';

export interface CaseResolution {
  outcome: CmeOutcome;
  /** The day the child's education was accounted for again (the first day on roll, the day the other LA took the case). */
  resolvedOn: string;
  /** What the outcome rests on (the school, the authority, the lost CTF's upload date). */
  details: Record<string, unknown>;
  at: Date;
  correlationId: string;
}

/**
 * Closes an open CME case (locked by the caller) with its outcome and the school days it
 * lasted, and tells the queue so its tasks close too; an erasure that waited for the case to
 * close is carried out. Inside the caller's transaction.
 */
@Injectable()
export class CloseCase {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly calendar: SchoolCalendar,
    private readonly eraseCase: EraseCase,
  ) {}

  async execute(em: EntityManager, open: CmeCase, r: CaseResolution): Promise<CmeCase> {
    // Missing up to the day before it was resolved: a child on roll from Monday missed nothing on Monday.
    const missed = r.resolvedOn > open.firstDayMissing ? schoolDaysMissing(this.calendar, open.firstDayMissing, nextDate(r.resolvedOn, -1)) : 0;
    const closed: CmeCase = { ...open, status: 'CLOSED', outcome: r.outcome, outcomeDetails: r.details, resolvedOn: r.resolvedOn, closedAt: r.at, schoolDaysMissing: missed };
    await em
      .getRepository(CmeCase)
      .update({ id: open.id }, { status: 'CLOSED', outcome: r.outcome, outcomeDetails: r.details as never, resolvedOn: r.resolvedOn, closedAt: r.at, schoolDaysMissing: missed });
    const data: CmeCaseClosedV1 = { caseId: open.id, childKey: open.childKey, caseReference: open.reference, outcome: r.outcome, closedAt: r.at.toISOString(), schoolDaysMissing: missed };
    await this.outbox.append(em, {
      topic: Topics.cmeCaseClosed,
      key: open.childKey,
      aggregateType: 'cme-case',
      aggregateId: open.id,
      envelope: createEnvelope({ type: 'education.cme-case-closed', version: 1, data, correlationId: r.correlationId, producer: 'education-referrals', occurredAt: r.at }),
    });
    // Only the case's own records: the child's others went when the erasure came.
    if (open.eraseOnClose) await this.eraseCase.execute(em, { caseIds: [open.id], childKeys: [] }, open.eraseOnClose, r.at);
    return closed;
  }
}
