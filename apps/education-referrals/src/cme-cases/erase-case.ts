import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { erasedChildKey, erasedReferralBody, erasedReturnBody } from './case-erasure';

export interface ErasedRecords {
  /** Closed cases: each with its returns, referrals and enquiries. */
  caseIds: string[];
  /** The child's keyed hashes: their returns outside any case (an elective home education deletion) too. */
  childKeys: string[];
}

/**
 * Erases the personal data of closed CME cases and of a child's returns and referrals, inside
 * the caller's transaction: the pupil on the case, the UPN and keyed hash, the returns' and
 * referrals' bodies (see case-erasure), the CMO's enquiry notes, and the sent outbox rows about
 * the cases (they carry the hash). Kept, naming no one: the reference, source, school, dates,
 * outcome and days missing (the figures and the census count them), and who read the case.
 */
@Injectable()
export class EraseCase {
  async execute(em: EntityManager, records: ErasedRecords, erasureId: string, at: Date): Promise<{ cases: number; returns: number }> {
    const key = erasedChildKey(erasureId);
    // A return or referral of a case still open waits for it to close, with the case.
    const ofRecords = `(case_id = ANY($1::uuid[]) OR (child_key = ANY($2::text[]) AND NOT EXISTS (SELECT 1 FROM cme_cases c WHERE c.id = case_id AND c.status = 'OPEN')))`;
    const returns: { id: string; body: Record<string, unknown> }[] = await em.query(`SELECT id, body FROM school_returns WHERE ${ofRecords} ORDER BY id FOR UPDATE`, [records.caseIds, records.childKeys]);
    for (const r of returns) await em.query(`UPDATE school_returns SET body = $2, child_key = $3 WHERE id = $1`, [r.id, JSON.stringify(erasedReturnBody(r.body)), key]);
    const referrals: { id: string; body: Record<string, unknown> }[] = await em.query(`SELECT id, body FROM agency_referrals WHERE ${ofRecords} ORDER BY id FOR UPDATE`, [records.caseIds, records.childKeys]);
    for (const r of referrals) await em.query(`UPDATE agency_referrals SET body = $2, child_key = $3 WHERE id = $1`, [r.id, JSON.stringify(erasedReferralBody(r.body)), key]);
    await em.query(`UPDATE case_enquiries SET note = NULL WHERE case_id = ANY($1::uuid[]) AND note IS NOT NULL`, [records.caseIds]);
    const [, cases] = (await em.query(
      `UPDATE cme_cases SET pupil = '{}', upn = NULL, child_key = $2, erased_at = $3, erasure_id = $4, erase_on_close = NULL WHERE id = ANY($1::uuid[]) AND status = 'CLOSED'`,
      [records.caseIds, key, at, erasureId],
    )) as [unknown, number];
    await em.query(`DELETE FROM outbox WHERE (processed_at IS NOT NULL OR abandoned_at IS NOT NULL) AND aggregate_type = 'cme-case' AND aggregate_id = ANY($1::text[])`, [records.caseIds]);
    await em.query(`UPDATE register_views SET child_key = $2 WHERE child_key = ANY($1::text[])`, [records.childKeys, key]);
    return { cases, returns: returns.length };
  }
}
