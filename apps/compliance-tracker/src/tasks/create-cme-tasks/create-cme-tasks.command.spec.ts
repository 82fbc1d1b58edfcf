import { createEnvelope } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';
import { randomUUID } from 'node:crypto';
import { CreateCmeTasksCommand } from './create-cme-tasks.command';

describe('a cme-tasks-required event as the tracker reads it', () => {
  const envelope = (data: Record<string, unknown>) => createEnvelope({ type: 'education.cme-tasks-required', version: 1, data, correlationId: 'c', producer: 'education-referrals' });
  const valid = () => ({
    caseId: randomUUID(),
    childKey: 'a1b2c3',
    caseReference: 'CME-2026-000042',
    source: 'SCHOOL_DELETION_RETURN',
    tasks: [{ type: 'CME_ENQUIRIES', dueAt: '2026-03-16T17:00:00.000Z' }],
    requestedAt: '2026-03-02T09:00:00.000Z',
  });

  it('given the case and its tasks, then a command carrying them', () => {
    const data = valid();
    expect(CreateCmeTasksCommand.create(envelope(data))).toMatchObject({ request: data, correlationId: 'c' });
  });

  it('given no case id, no reference, an unusable deadline or a task that is not CME work, then it is poison', () => {
    const bad = [{ caseId: 'case-1' }, { caseReference: '' }, { requestedAt: 'today' }, { tasks: [{ type: 'RETURN_INTERVIEW', dueAt: '2026-03-16T17:00:00Z' }] }, { tasks: [{ type: 'CME_ENQUIRIES', dueAt: 'soon' }] }, { tasks: undefined }];
    for (const b of bad) expect(() => CreateCmeTasksCommand.create(envelope({ ...valid(), ...b }))).toThrow(PoisonMessageError);
  });
});
