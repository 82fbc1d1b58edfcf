import { amyAlerts, amyChanges, amyCmeCase, amyPlacementNotices, amyRecord, amyTasks, amyViews, CURRENT_REF, EARLIER_REF, INTERVIEW_TASK_ID, officers, STRATEGY_TASK_ID } from '../../testing/record-fixtures';
import { childRecordPage } from './child-record.page';

const now = new Date('2026-12-01T12:00:00Z');
const sources = () => ({ record: amyRecord(now), tasks: amyTasks(now), alerts: amyAlerts(now), officers: officers(), placementNotices: [], cmeCases: [], now });

describe("a child's record page, from the services' answers", () => {
  it('says what is open now: the episode she is missing in, and the open and overdue tasks', () => {
    const page = childRecordPage(sources());
    expect(page.openNow.missing?.policeReference).toBe(CURRENT_REF);
    expect(page.openNow).toMatchObject({ openTasks: 1, overdueTasks: 0, anything: true });
  });

  it('counts an open task past its deadline as overdue, a closed one never', () => {
    const tasks = amyTasks(now).map((t) => ({ ...t, dueAt: '2026-11-30T12:00:00Z' }));
    const page = childRecordPage({ ...sources(), tasks });
    expect(page.openNow.overdueTasks).toBe(1);
    expect(page.episodes[0].tasks[0]).toMatchObject({ id: STRATEGY_TASK_ID, overdue: true });
    expect(page.episodes[1].tasks[0]).toMatchObject({ id: INTERVIEW_TASK_ID, overdue: false, open: false });
  });

  it('has nothing open when she is found and the work is done', () => {
    const record = amyRecord(now);
    record.episodes = record.episodes.slice(1);
    const page = childRecordPage({ ...sources(), record, tasks: amyTasks(now).slice(1) });
    expect(page.openNow).toEqual({ missing: null, missingEducation: null, openTasks: 0, overdueTasks: 0, anything: false });
  });

  it('given an open CME case, counts the child as missing education in what is open now; a closed one is only listed', () => {
    const record = amyRecord(now);
    record.episodes = record.episodes.slice(1);
    const open = amyCmeCase(now);
    const closed = { ...open, id: 'x', status: 'CLOSED' as const, outcome: 'ON_ROLL_ELSEWHERE' };
    expect(childRecordPage({ ...sources(), record, tasks: amyTasks(now).slice(1), cmeCases: [open] }).openNow).toMatchObject({ missingEducation: open, anything: true });
    const onlyClosed = childRecordPage({ ...sources(), record, tasks: amyTasks(now).slice(1), cmeCases: [closed] });
    expect(onlyClosed.openNow).toMatchObject({ missingEducation: null, anything: false });
    expect(onlyClosed.cmeCases).toEqual([closed]);
  });

  it('gives the repeat count in the protocol\'s window in words', () => {
    expect(childRecordPage(sources()).repeat).toBe('2 episodes in the last 90 days');
    expect(childRecordPage({ ...sources(), record: { ...amyRecord(now), repeatCount: 1 } }).repeat).toBe('1 episode in the last 90 days');
    expect(childRecordPage({ ...sources(), record: { ...amyRecord(now), repeatCount: null, repeatWindowDays: null } }).repeat).toBeNull();
  });

  it('puts each task and alert under its own episode, with names for the staff and outcomes in words', () => {
    const [current, earlier] = childRecordPage(sources()).episodes;
    expect(current.tasks.map((t) => [t.id, t.assignee])).toEqual([[STRATEGY_TASK_ID, 'Casey Morgan']]);
    expect(current.alerts.map((a) => a.policeReference)).toEqual([CURRENT_REF]);
    expect(earlier.alerts.map((a) => a.policeReference)).toEqual([EARLIER_REF]);
    expect(earlier.tasks[0].outcome).toEqual(['Offered on 14 November 2026 (phone)', 'Held on 15 November 2026, by an independent interviewer']);
  });

  it('marks where the police changed the risk grading', () => {
    const [current] = childRecordPage(sources()).episodes;
    expect(current.notifications.map((n) => [n.type, n.riskLevel, n.riskChangedFrom])).toEqual([
      ['MISSING_REPORTED', 'MEDIUM', null],
      ['RISK_UPDATED', 'HIGH', 'MEDIUM'],
    ]);
  });

  it('names who viewed the record, for a manager', () => {
    const page = childRecordPage({ ...sources(), views: amyViews(now) });
    expect(page.views?.map((v) => [v.who, v.purpose])).toEqual([
      ['Jordan Lee', 'RECORD'],
      ['Casey Morgan', 'TASK'],
      ['Casey Morgan', 'SEARCH'],
    ]);
    expect(childRecordPage(sources()).views).toBeUndefined();
  });

  it('names the allocated worker, or none', () => {
    expect(childRecordPage(sources()).allocatedWorker).toBeNull();
    expect(childRecordPage({ ...sources(), record: { ...amyRecord(now), allocatedWorker: 'cmo' } }).allocatedWorker).toBe('Casey Morgan');
  });

  it('says who sent each placement notice: the placing authority\'s system, or staff by name', () => {
    const [notice] = amyPlacementNotices(now);
    const page = childRecordPage({ ...sources(), placementNotices: [notice, { ...notice, sender: 'staff:cmo' }] });
    expect(page.placementNotices.map((n) => n.from)).toEqual(["E10000007's own system", 'Casey Morgan, for the placing authority']);
  });

  it("gives a manager the record's corrections and merges, newest first, and nobody else", () => {
    expect(childRecordPage({ ...sources(), changes: amyChanges(now) }).changes?.map((c) => c.action)).toEqual(['MERGED', 'DETAILS_CORRECTED']);
    expect(childRecordPage(sources()).changes).toBeUndefined();
  });
});
