import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ListTasksQuery } from './list-tasks.query';
import { countConditions, listConditions, orderingOf } from './task-filters';

const query = (raw: Record<string, string>) => plainToInstance(ListTasksQuery, raw);
const problems = (raw: Record<string, string>) => validateSync(query(raw), { whitelist: true, forbidNonWhitelisted: true }).map((e) => e.property);
const now = new Date('2025-07-01T12:00:00Z');

describe('the queue filters', () => {
  it('given a comma list of statuses, then any of them matches; an unknown one is refused naming status', () => {
    expect(query({ status: 'OPEN,CLAIMED' }).status).toEqual(['OPEN', 'CLAIMED']);
    expect(query({ status: 'OPEN' }).status).toEqual(['OPEN']);
    expect(problems({ status: 'OPEN,LOST' })).toEqual(['status']);
  });

  it('given assignee none, then only work nobody holds', () => {
    expect(listConditions(query({ assignee: 'none' }), now)).toEqual([{ sql: 't.assignee IS NULL' }]);
    expect(listConditions(query({ assignee: 'jo' }), now)).toEqual([{ sql: 't.assignee = :assignee', params: { assignee: 'jo' } }]);
  });

  it('given a subject, then only work about that kind of subject; another word is refused naming subject', () => {
    expect(listConditions(query({ subject: 'CME_CASE' }), now)).toEqual([{ sql: 't.subject_kind = :subject', params: { subject: 'CME_CASE' } }]);
    expect(problems({ subject: 'CME_CASE', type: 'CME_ENQUIRIES' })).toEqual([]);
    expect(problems({ subject: 'SCHOOL' })).toEqual(['subject']);
  });

  it('given overdue and open as words, then only true and false are taken', () => {
    expect(query({ overdue: 'true', open: 'false' })).toMatchObject({ overdue: true, open: false });
    expect(problems({ overdue: 'yes' })).toEqual(['overdue']);
    const [overdue] = listConditions(query({ overdue: 'true' }), now);
    expect(overdue.params).toEqual({ now });
  });

  it('given paging past 100 a page or a sort off the list, then refused naming the field', () => {
    expect(problems({ pageSize: '101' })).toEqual(['pageSize']);
    expect(problems({ sort: 'childId' })).toEqual(['sort']);
    expect(problems({ pageSize: '100', sort: '-priority' })).toEqual([]);
  });

  it('given status and overdue filters, then the counts still cover all open work in the same scope', () => {
    const q = query({ status: 'COMPLETED', overdue: 'true', childId: '6f1c1a8e-3f1e-4a8e-9d6c-1b2a3c4d5e6f' });
    const sql = countConditions(q).map((c) => c.sql);
    expect(sql).toEqual(['t.child_id = :childId', "t.status IN ('OPEN','CLAIMED','OFFERED','ACCEPTED')"]);
  });
});

describe('the queue order', () => {
  it('given no sort, then soonest deadline first, ties by id', () => {
    expect(orderingOf('dueAt')).toEqual([{ expression: 't.due_at', direction: 'ASC' }, { expression: 't.id', direction: 'ASC' }]);
  });

  it('given priority, then most urgent first, ties by deadline', () => {
    const [first, tie] = orderingOf('priority');
    expect(first).toEqual({ expression: "array_position(ARRAY['URGENT','PRIORITY','NORMAL'], t.priority)", direction: 'ASC' });
    expect(tie).toEqual({ expression: 't.due_at', direction: 'ASC' });
    expect(orderingOf('-assignee')[0]).toEqual({ expression: 't.assignee', direction: 'DESC' });
  });
});
