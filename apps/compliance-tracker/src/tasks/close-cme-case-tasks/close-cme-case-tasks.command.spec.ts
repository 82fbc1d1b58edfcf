import { createEnvelope } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';
import { randomUUID } from 'node:crypto';
import { CloseCmeCaseTasksCommand } from './close-cme-case-tasks.command';

describe('a cme-case-closed event as the tracker reads it', () => {
  const envelope = (data: Record<string, unknown>) => createEnvelope({ type: 'education.cme-case-closed', version: 1, data, correlationId: 'c', producer: 'education-referrals' });
  const valid = () => ({ caseId: randomUUID(), childKey: 'a1b2c3', caseReference: 'CME-2026-000042', outcome: 'ON_ROLL_ELSEWHERE', closedAt: '2026-03-05T12:00:00.000Z', schoolDaysMissing: 3 });

  it('given the case, its outcome and when it closed, then a command carrying them', () => {
    const data = valid();
    expect(CloseCmeCaseTasksCommand.create(envelope(data))).toMatchObject({ closure: data });
  });

  it('given no case id, an outcome off the list or no closing time, then it is poison', () => {
    for (const b of [{ caseId: undefined }, { outcome: 'FOUND' }, { closedAt: 'yesterday' }, { caseReference: undefined }]) {
      expect(() => CloseCmeCaseTasksCommand.create(envelope({ ...valid(), ...b }))).toThrow(PoisonMessageError);
    }
  });
});
