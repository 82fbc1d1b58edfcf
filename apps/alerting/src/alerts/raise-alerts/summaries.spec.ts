import type { TaskDeadlineEventV1 } from '@homeward/contracts';
import { taskSummary } from './summaries';

const task = {
  taskId: 't-1',
  taskType: 'RETURN_INTERVIEW',
  priority: 'PRIORITY',
  dueAt: '2026-10-05T09:00:00Z',
  policeReference: 'NT/26/004512',
} as unknown as TaskDeadlineEventV1;

describe('what a task alert says', () => {
  it('given a deadline reminder, then the work, its priority and when it is due in London time', () => {
    expect(taskSummary('TASK_REMINDER', task)).toBe('A task deadline is approaching: return home interview, priority, due 2026-10-05T10:00:00+01:00 London time (police reference NT/26/004512)');
  });

  it("given the chase of a placing authority's reply, then it says what is awaited from whom, not the task's deadline", () => {
    const chase = { ...task, placingAuthorityRequestId: 'r-1' };
    expect(taskSummary('TASK_REMINDER', chase)).toBe(
      'No reply yet from the placing authority to the request for its CSE risk assessment and risk management plan: chase it, on the return home interview task (police reference NT/26/004512)',
    );
    expect(taskSummary('TASK_ESCALATED', chase)).toMatch(/^The placing authority has still not sent .*escalated to you, on the return home interview task/);
  });
});
