import { childKey } from '@homeward/contracts';
import { bodyHashOf, UnitOfWork } from '@homeward/platform';
import { ConflictException, Injectable } from '@nestjs/common';
import { instanceToPlain } from 'class-transformer';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CloseCase } from '../../cme-cases/close-case';
import { CmeCase } from '../../cme-cases/cme-case.entity';
import { caseActionFor } from '../../cme-cases/cme-referral-rule';
import { londonDateOf } from '../../cme-cases/cme-task-deadlines';
import { lockOpenCaseOfChild } from '../../cme-cases/open-case-of-child';
import { OpenOrJoinCase } from '../../cme-cases/open-or-join-case';
import { type DeletionAnswer, DeletionAnswers } from '../../cme-cases/deletion-answer';
import { EducationConfig } from '../../education.config';
import { SchoolCalendar } from '../../school-calendar';
import { isLate } from '../return-lateness';
import { SchoolReturnRecord } from '../school-return.entity';
import { ReceiveSchoolReturnCommand } from './receive-school-return.command';

export interface ReceivedSchoolReturn {
  id: string;
  /** False for a repeat of an accepted returnId from the same school. */
  created: boolean;
  caseReference: string | null;
  late: boolean;
  /** For a deletion on the 20-day ground: whether the school may delete yet. */
  deletion: DeletionAnswer | null;
}

/**
 * Accepts a school's return: the return, what it does to the child's CME case, and the events
 * for the CMO's queue commit together, so a 2xx means the work is in hand. A retry of the same
 * return is recognised, not acted on twice.
 */
@Injectable()
export class ReceiveSchoolReturn {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly openOrJoin: OpenOrJoinCase,
    private readonly closeCase: CloseCase,
    private readonly calendar: SchoolCalendar,
    private readonly config: EducationConfig,
    private readonly deletionAnswers: DeletionAnswers,
  ) {}

  execute(command: ReceiveSchoolReturnCommand): Promise<ReceivedSchoolReturn> {
    return this.unitOfWork.run((em) => this.accept(em, command));
  }

  private async accept(em: EntityManager, c: ReceiveSchoolReturnCommand): Promise<ReceivedSchoolReturn> {
    const body = instanceToPlain(c.body) as Record<string, unknown>;
    const bodyHash = bodyHashOf(body);
    const key = childKey(this.config.childKeySecret, { givenName: c.body.pupil.givenName, familyName: c.body.pupil.familyName, dateOfBirth: c.body.pupil.dateOfBirth });
    const late = isLate(c.facts, londonDateOf(c.receivedAt), this.calendar);
    const id = randomUUID();
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(SchoolReturnRecord)
      .values({ id, urn: c.urn, kind: c.kind, returnId: c.body.returnId, bodyHash, body, childKey: key, caseId: null, late, correlationId: c.correlationId, receivedAt: c.receivedAt } as never)
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return this.acceptedBefore(em, c, bodyHash);

    const cmeCase = await this.actOnCase(em, c, key, body);
    if (cmeCase) await em.getRepository(SchoolReturnRecord).update({ id }, { caseId: cmeCase.id });
    return { id, created: true, caseReference: cmeCase?.reference ?? null, late, deletion: await this.deletionAnswer(em, c, cmeCase) };
  }

  private async actOnCase(em: EntityManager, c: ReceiveSchoolReturnCommand, key: string, body: Record<string, unknown>): Promise<CmeCase | null> {
    const action = caseActionFor(c.facts);
    const upn = c.body.pupil.upn ?? null;
    if (action.action === 'CLOSE_OPEN_CASE') {
      const open = await lockOpenCaseOfChild(em, key, upn);
      const details = { school: { urn: c.urn }, byReturn: c.body.returnId };
      return open && this.closeCase.execute(em, open, { outcome: action.outcome, resolvedOn: action.resolvedOn, details, at: c.receivedAt, correlationId: c.correlationId });
    }
    if (action.action === 'KEEP_RETURN_ONLY') return null;
    const absenceStart = c.facts.kind === 'ABSENCE' || (c.facts.kind === 'DELETION' && c.facts.reason === 'CONTINUOUS_ABSENCE_20_DAYS') ? c.facts.absenceStart : undefined;
    return this.openOrJoin.execute(em, {
      childKey: key,
      upn,
      pupil: { ...(body.pupil as object), parents: body.parents },
      schoolUrn: c.urn,
      source: action.source,
      task: action.task,
      firstDayMissing: action.firstDayMissing,
      absenceStart,
      receivedAt: c.receivedAt,
      correlationId: c.correlationId,
    });
  }

  private async acceptedBefore(em: EntityManager, c: ReceiveSchoolReturnCommand, bodyHash: string): Promise<ReceivedSchoolReturn> {
    const existing = await em.findOneOrFail(SchoolReturnRecord, { where: { urn: c.urn, kind: c.kind, returnId: c.body.returnId } });
    if (existing.bodyHash !== bodyHash) {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: 'returnId was already accepted with a different body',
        problems: [{ field: 'returnId', reason: 'already used by this school for a different return' }],
      });
    }
    const cmeCase = existing.caseId ? await em.findOneByOrFail(CmeCase, { id: existing.caseId }) : null;
    return { id: existing.id, created: false, caseReference: cmeCase?.reference ?? null, late: existing.late, deletion: await this.deletionAnswer(em, c, cmeCase) };
  }

  /** Asked afresh each time: a repeat of the return, days later, gets today's answer. */
  private deletionAnswer(em: EntityManager, c: ReceiveSchoolReturnCommand, cmeCase: CmeCase | null): Promise<DeletionAnswer | null> {
    const onTheTwentyDayGround = c.facts.kind === 'DELETION' && c.facts.reason === 'CONTINUOUS_ABSENCE_20_DAYS';
    return onTheTwentyDayGround && cmeCase ? this.deletionAnswers.answer(em, cmeCase, londonDateOf(c.receivedAt)) : Promise.resolve(null);
  }
}
