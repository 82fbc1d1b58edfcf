import { type CmeSource, type CmeTasksRequiredV1, type CmeTaskType, createEnvelope, Topics } from '@homeward/contracts';
import { OutboxWriter } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { EducationConfig } from '../education.config';
import { SchoolCalendar } from '../school-calendar';
import { CmeCase } from './cme-case.entity';
import { lockOpenCaseOfChild } from './open-case-of-child';
import { cmeTaskDueAt } from './cme-task-deadlines';

export interface CaseReferral {
  childKey: string;
  upn: string | null;
  pupil: Record<string, unknown>;
  schoolUrn: string | null;
  source: CmeSource;
  task: CmeTaskType;
  firstDayMissing: string;
  /** Counts the enquiries' deadline to the 20-day point. */
  absenceStart?: string;
  receivedAt: Date;
  correlationId: string;
}

/**
 * A referral opens the child's CME case, or joins the one already open (same UPN, else the same
 * keyed hash of name and date of birth), and asks the CMO's queue for any task the case has not
 * asked for yet. Inside the caller's transaction.
 */
@Injectable()
export class OpenOrJoinCase {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly calendar: SchoolCalendar,
    private readonly config: EducationConfig,
  ) {}

  async execute(em: EntityManager, referral: CaseReferral): Promise<CmeCase> {
    const open = await lockOpenCaseOfChild(em, referral.childKey, referral.upn);
    const cmeCase = open ? await this.join(em, open, referral) : await this.open(em, referral);
    if (!open || !open.requestedTasks.includes(referral.task)) await this.requestTask(em, cmeCase, referral);
    return cmeCase;
  }

  private async open(em: EntityManager, r: CaseReferral): Promise<CmeCase> {
    const [{ n }] = await em.query<{ n: string }[]>(`SELECT nextval('cme_case_numbers') AS n`);
    const cmeCase: CmeCase = {
      id: randomUUID(),
      reference: `CME-${r.receivedAt.getUTCFullYear()}-${n.padStart(6, '0')}`,
      childKey: r.childKey,
      upn: r.upn,
      status: 'OPEN',
      source: r.source,
      schoolUrn: r.schoolUrn,
      pupil: r.pupil,
      firstDayMissing: r.firstDayMissing,
      absenceStart: r.absenceStart ?? null,
      requestedTasks: [r.task],
      openedAt: r.receivedAt,
      outcome: null,
      outcomeDetails: null,
      resolvedOn: null,
      closedAt: null,
      schoolDaysMissing: null,
      erasedAt: null,
      eraseOnClose: null,
    };
    await em.getRepository(CmeCase).insert(cmeCase as never);
    return cmeCase;
  }

  /** The latest return knows the pupil best; the earliest first day missing stands. */
  private async join(em: EntityManager, open: CmeCase, r: CaseReferral): Promise<CmeCase> {
    const joined: CmeCase = {
      ...open,
      upn: open.upn ?? r.upn,
      pupil: r.pupil,
      schoolUrn: r.schoolUrn ?? open.schoolUrn,
      firstDayMissing: r.firstDayMissing < open.firstDayMissing ? r.firstDayMissing : open.firstDayMissing,
      absenceStart: open.absenceStart ?? r.absenceStart ?? null,
      requestedTasks: open.requestedTasks.includes(r.task) ? open.requestedTasks : [...open.requestedTasks, r.task],
    };
    await em.getRepository(CmeCase).update({ id: open.id }, { upn: joined.upn, pupil: joined.pupil as never, schoolUrn: joined.schoolUrn, firstDayMissing: joined.firstDayMissing, absenceStart: joined.absenceStart, requestedTasks: joined.requestedTasks });
    return joined;
  }

  private async requestTask(em: EntityManager, cmeCase: CmeCase, r: CaseReferral): Promise<void> {
    const dueAt = cmeTaskDueAt(r.task, r.receivedAt, this.calendar, this.config, r.absenceStart);
    const data: CmeTasksRequiredV1 = {
      caseId: cmeCase.id,
      childKey: cmeCase.childKey,
      caseReference: cmeCase.reference,
      source: r.source,
      tasks: [{ type: r.task, dueAt: dueAt.toISOString() }],
      requestedAt: r.receivedAt.toISOString(),
    };
    await this.outbox.append(em, {
      topic: Topics.cmeTasksRequired,
      key: cmeCase.childKey,
      aggregateType: 'cme-case',
      aggregateId: cmeCase.id,
      envelope: createEnvelope({ type: 'education.cme-tasks-required', version: 1, data, correlationId: r.correlationId, producer: 'education-referrals', occurredAt: r.receivedAt }),
    });
  }
}
