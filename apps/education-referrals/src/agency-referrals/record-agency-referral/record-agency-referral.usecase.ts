import { childKey, Clock } from '@homeward/contracts';
import { bodyHashOf, Correlation, type StaffIdentity, UnitOfWork, validationFailed } from '@homeward/platform';
import { ConflictException, Injectable } from '@nestjs/common';
import { instanceToPlain } from 'class-transformer';
import { EntityManager } from 'typeorm';
import { londonDateOf } from '../../cme-cases/cme-task-deadlines';
import { OpenOrJoinCase } from '../../cme-cases/open-or-join-case';
import { EducationConfig } from '../../education.config';
import type { AgencyReferralDto } from '../agency-referral.dto';

/** Rules across fields and against today. */
function problemsOf(r: AgencyReferralDto, today: string): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  if (r.receivedOn > today) problems.push({ field: 'receivedOn', reason: 'receivedOn is in the future' });
  if (r.child.dateOfBirth > today) problems.push({ field: 'child.dateOfBirth', reason: 'child.dateOfBirth is in the future' });
  if (r.missingSince !== undefined && r.missingSince > r.receivedOn) problems.push({ field: 'missingSince', reason: 'missingSince is after receivedOn' });
  if (r.missingSince !== undefined && r.missingSince < r.child.dateOfBirth) problems.push({ field: 'missingSince', reason: 'missingSince is before the child was born' });
  return problems;
}

/**
 * A referral from another LA or agency, as the CMO records it: it opens or joins the child's CME
 * case with the reasonable enquiries, exactly as a school's return does.
 */
@Injectable()
export class RecordAgencyReferral {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly openOrJoin: OpenOrJoinCase,
    private readonly config: EducationConfig,
    private readonly clock: Clock,
  ) {}

  execute(command: { staff: StaffIdentity; referral: AgencyReferralDto }): Promise<{ caseId: string; caseReference: string; created: boolean }> {
    const now = this.clock.now();
    const problems = problemsOf(command.referral, londonDateOf(now));
    if (problems.length > 0) throw validationFailed(problems);
    return this.unitOfWork.run((em) => this.record(em, command.staff, command.referral, now));
  }

  private async record(em: EntityManager, staff: StaffIdentity, r: AgencyReferralDto, now: Date) {
    const body = instanceToPlain(r) as Record<string, unknown>;
    const bodyHash = bodyHashOf(body);
    const key = childKey(this.config.childKeySecret, { givenName: r.child.givenName, familyName: r.child.familyName, dateOfBirth: r.child.dateOfBirth });
    // A double submission at the same moment waits here and then finds the first.
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [r.referralId]);
    const [existing] = await em.query<{ body_hash: string; case_id: string; reference: string }[]>(
      `SELECT a.body_hash, a.case_id, c.reference FROM agency_referrals a JOIN cme_cases c ON c.id = a.case_id WHERE a.referral_id = $1`,
      [r.referralId],
    );
    if (existing) {
      if (existing.body_hash !== bodyHash) throw new ConflictException({ statusCode: 409, error: 'Conflict', message: 'referralId was already recorded with a different referral', problems: [{ field: 'referralId', reason: 'already used for a different referral' }] });
      return { caseId: existing.case_id, caseReference: existing.reference, created: false };
    }
    const { child, parents } = r;
    const cmeCase = await this.openOrJoin.execute(em, {
      childKey: key,
      upn: child.upn ?? null,
      pupil: { ...(instanceToPlain(child) as object), parents: parents ? instanceToPlain(parents) : [] },
      schoolUrn: child.lastKnownSchool?.urn ?? null,
      source: r.source,
      task: 'CME_ENQUIRIES',
      firstDayMissing: r.missingSince ?? r.receivedOn,
      receivedAt: now,
      correlationId: Correlation.currentOrNew(),
    });
    await em.query(
      `INSERT INTO agency_referrals (id, referral_id, source, body_hash, body, child_key, case_id, recorded_by, received_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8)`,
      [r.referralId, r.source, bodyHash, body, key, cmeCase.id, staff.staffId, now],
    );
    return { caseId: cmeCase.id, caseReference: cmeCase.reference, created: true };
  }
}
