import { createEnvelope, Topics } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';
import { RaiseAlertsForTaskDeadlineCommand } from './raise-alerts-for-task-deadline.command';

describe('a task deadline event as alerting reads it', () => {
  const envelope = (data: Record<string, unknown>) => createEnvelope({ type: 'compliance.task-overdue', version: 1, data, correlationId: 'c', producer: 'compliance-tracker' });
  const base = { taskId: 't-1', taskType: 'RETURN_INTERVIEW', priority: 'NORMAL', dueAt: '2026-03-05T09:00:00.000Z', assignee: null };
  const episode = { ...base, childId: 'c-1', episodeId: 'e-1', policeReference: 'NT/26/0001' };
  const cme = { ...base, taskType: 'CME_ENQUIRIES', childId: null, episodeId: null, policeReference: null, subject: { kind: 'CME_CASE', caseId: 'k-1', caseReference: 'CME-2026-000042', childKey: 'h' } };

  it("given a missing episode's task, or a CME task with its case's references, then an overdue-task alert", () => {
    expect(RaiseAlertsForTaskDeadlineCommand.create(Topics.taskOverdue, envelope(episode)).kind).toBe('TASK_OVERDUE');
    expect(RaiseAlertsForTaskDeadlineCommand.create(Topics.taskOverdue, envelope(cme)).task.subject).toEqual(cme.subject);
  });

  it('given neither the episode references nor a CME case, then it is poison', () => {
    expect(() => RaiseAlertsForTaskDeadlineCommand.create(Topics.taskOverdue, envelope({ ...episode, policeReference: null }))).toThrow(PoisonMessageError);
    expect(() => RaiseAlertsForTaskDeadlineCommand.create(Topics.taskOverdue, envelope({ ...cme, subject: { kind: 'CME_CASE', caseId: 'k-1' } }))).toThrow(PoisonMessageError);
  });
});
