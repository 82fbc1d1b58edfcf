import { ConflictException, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CmeCase } from './cme-case.entity';

/** The case a member of staff is changing, locked for their transaction: 404 if there is none, 409 once it is closed. */
export async function lockOpenCase(em: EntityManager, caseId: string): Promise<CmeCase> {
  const cmeCase = await em.getRepository(CmeCase).createQueryBuilder('c').where('c.id = :caseId', { caseId }).setLock('pessimistic_write').getOne();
  if (!cmeCase) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such CME case' });
  if (cmeCase.status !== 'OPEN') {
    throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `the case was closed (${cmeCase.outcome ?? ''})`, problems: [{ field: 'id', reason: 'the case is closed' }] });
  }
  return cmeCase;
}
