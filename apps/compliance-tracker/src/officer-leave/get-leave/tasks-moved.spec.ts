import { tasksMovedBy } from './tasks-moved';

describe('the tasks a leave moved', () => {
  const at = new Date('2025-11-03T09:00:00Z');

  it('given hand-overs to a cover and to the team queue, then from whom to whom (null: the team queue)', () => {
    expect(
      tasksMovedBy([
        { task_id: 't1', at, actor: 'system:leave-cover', detail: { leaveId: 'l', fromAssignee: 'away', toAssignee: 'cover' } },
        { task_id: 't2', at, actor: 'manager', detail: { leaveId: 'l', fromAssignee: 'cover', toAssignee: 'TEAM_QUEUE' } },
      ]),
    ).toEqual([
      { taskId: 't1', from: 'away', to: 'cover', at: at.toISOString(), by: 'system:leave-cover' },
      { taskId: 't2', from: 'cover', to: null, at: at.toISOString(), by: 'manager' },
    ]);
  });

  it('given a task the officer claimed while away, then it moved from the team queue to the cover', () => {
    expect(tasksMovedBy([{ task_id: 't3', at, actor: 'away', detail: { role: 'CMO', leaveId: 'l', coveredBy: 'cover' } }])).toEqual([
      { taskId: 't3', from: null, to: 'cover', at: at.toISOString(), by: 'away' },
    ]);
  });
});
