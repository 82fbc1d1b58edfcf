import { EntityManager } from 'typeorm';
import { CmeCase } from './cme-case.entity';

/**
 * The child's open case, locked for the caller's transaction: the same UPN when the return has
 * one, else the same keyed hash of name and date of birth. Advisory locks on the hash and the UPN
 * make two returns for one child (a deletion and an absence notice at once) queue behind each other.
 */
export async function lockOpenCaseOfChild(em: EntityManager, childKey: string, upn: string | null): Promise<CmeCase | null> {
  // The UPN too: two spellings of one pupil with one UPN must not open two cases. In one order, so two returns never deadlock.
  const keys = [childKey, ...(upn ? [`upn:${upn}`] : [])].sort();
  for (const key of keys) await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [key]);
  return em
    .getRepository(CmeCase)
    .createQueryBuilder('c')
    .where(`c.status = 'OPEN'`)
    .andWhere(upn ? '(c.upn = :upn OR c.child_key = :childKey)' : 'c.child_key = :childKey', { upn, childKey })
    .setLock('pessimistic_write')
    .getOne();
}
