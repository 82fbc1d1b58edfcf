import { EntityManager } from 'typeorm';
import { CmeCase } from './cme-case.entity';

/**
 * The child's open case, locked for the caller's transaction: the same UPN when the return has
 * one, else the same keyed hash of name and date of birth. The advisory lock on the hash makes two
 * returns for one child (a deletion and an absence notice at once) queue behind each other.
 */
export async function lockOpenCaseOfChild(em: EntityManager, childKey: string, upn: string | null): Promise<CmeCase | null> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [childKey]);
  return em
    .getRepository(CmeCase)
    .createQueryBuilder('c')
    .where(`c.status = 'OPEN'`)
    .andWhere(upn ? '(c.upn = :upn OR c.child_key = :childKey)' : 'c.child_key = :childKey', { upn, childKey })
    .setLock('pessimistic_write')
    .getOne();
}
