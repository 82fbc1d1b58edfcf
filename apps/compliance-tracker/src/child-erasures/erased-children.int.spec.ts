import { ChildErasedV1, Clock, DecisionMadeV1, TaskCreatedV1, Topics } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { newOfficer, outboxEvents, returnInterviewDecision } from '../../test-support/compliance-test-fixtures';
import { ChaseReply, ChaseReplyCommand } from '../placing-authority-requests/chase-reply';
import { EraseChildTasks } from './erase-child';

jest.setTimeout(90_000);

const HOUR = 3_600_000;
type Officer = Awaited<ReturnType<typeof newOfficer>>;
interface ErasedRow {
  id: string;
  police_reference: string;
  reasons: string[];
  outcome: Record<string, unknown>;
  outcome_summary: string | null;
  erased_at: Date | null;
}

describe("compliance-tracker: a child's erasure erases their tasks' personal data and keeps the Board's figures", () => {
  let env: TestEnvironment;
  let svc: RunningService;
  let cmo: Officer;
  let reader: Officer;
  const clock = new FakeClock('2026-03-10T09:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(24 * HOUR), PLACING_AUTHORITY_REPLY_WORKING_DAYS: '5' } });
    [cmo, reader] = [await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'READ_ONLY')];
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const db = () => svc.app.get(DataSource);
  const call = async (method: string, path: string, auth: string, body?: unknown) => {
    const res = await fetch(`${svc.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: auth }, body: body === undefined ? undefined : JSON.stringify(body) });
    const answer = (await res.json()) as Record<string, unknown>;
    expect(`${method} ${path} ${res.status} ${JSON.stringify(answer)}`).toMatch(/ 20[01] /);
    return answer;
  };
  const hoursAgo = (hours: number) => new Date(clock.now().getTime() - hours * HOUR);

  /** One decision about the child, through Kafka; its tasks' ids once made. */
  async function decided(decision: DecisionMadeV1): Promise<string[]> {
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    const rows = await waitFor(async () => {
      const r: { id: string }[] = await db().query(`SELECT id FROM tasks WHERE decision_id = $1 ORDER BY id`, [decision.decisionId]);
      return r.length === decision.requiredActions.length ? r : null;
    }, { timeoutMs: 30_000, description: `the tasks of decision ${decision.decisionId}` });
    return rows.map((r) => r.id);
  }

  /** A child with a held interview (summary), one not offered, a meeting with agreed actions, and a chased placing-authority request. */
  async function childWithWork(): Promise<{ childId: string; references: string[]; taskIds: string[] }> {
    const childId = randomUUID();
    // Found two days ago: the interview was offered and held since.
    const held = { ...returnInterviewDecision(hoursAgo(48), { reasons: ['return-interview', 'exploitation'], responsibleAuthority: 'Bradford City Council' }), childId };
    const notOffered = { ...returnInterviewDecision(hoursAgo(48)), childId };
    const meeting = { ...returnInterviewDecision(hoursAgo(48), { taskType: 'MULTI_AGENCY_MEETING' }), childId };
    const [[heldId], [notOfferedId], [meetingId]] = [await decided(held), await decided(notOffered), await decided(meeting)];
    for (const id of [heldId, notOfferedId, meetingId]) await call('POST', `/v1/tasks/${id}/claim`, cmo.auth);
    await call('POST', `/v1/tasks/${heldId}/outcome`, cmo.auth, { kind: 'OFFERED', offeredAt: hoursAgo(47).toISOString(), offeredHow: 'PHONE' });
    await call('POST', `/v1/tasks/${heldId}/outcome`, cmo.auth, { kind: 'HELD', heldAt: hoursAgo(46).toISOString(), interviewerIndependent: true, summary: 'Stayed at a flat on Leeds Road with older men' });
    await call('POST', `/v1/tasks/${notOfferedId}/outcome`, cmo.auth, { kind: 'NOT_OFFERED', notOfferedReason: 'CHILD_IN_CUSTODY' });
    await call('POST', `/v1/tasks/${meetingId}/outcome`, cmo.auth, { kind: 'MEETING_HELD', heldAt: hoursAgo(45).toISOString(), attendeeAgencies: ['POLICE'], actions: ['Keep her away from Leeds Road'] });
    const request = await call('POST', `/v1/tasks/${heldId}/placing-authority-requests`, cmo.auth, { placingAuthority: 'Bradford City Council', contact: 'LAC team', askedAt: clock.now().toISOString() });
    await chasedOnce(String(request.id), String(request.nextChaseAt));
    const taskIds = [heldId, notOfferedId, meetingId];
    // Everything the work published has gone out: the rows the erasure deletes.
    await waitFor(async () => (await outboxRows(taskIds, 'processed_at IS NULL')) === 0 && (await outboxRows(taskIds)) > 0, { timeoutMs: 30_000, description: 'outbox published' });
    return { childId, references: [held.policeReference, notOffered.policeReference, meeting.policeReference], taskIds };
  }

  async function chasedOnce(requestId: string, dueAt: string): Promise<void> {
    const now = clock.now();
    clock.set(Date.parse(dueAt) + 1_000);
    expect((await svc.app.get(ChaseReply).execute(ChaseReplyCommand.create({ requestId, level: 1 }))).kind).not.toBe('NOOP');
    clock.set(now.getTime());
  }

  /** Outbox rows of the tasks' and their placing-authority requests' events. */
  const outboxRows = async (taskIds: string[], where = 'true') =>
    (
      await db().query(
        `SELECT count(*)::int AS n FROM outbox WHERE (aggregate_id = ANY($1) OR aggregate_id IN (SELECT id::text FROM placing_authority_requests WHERE task_id = ANY($1::uuid[]))) AND ${where}`,
        [taskIds],
      )
    )[0].n as number;
  const holding = async (needles: string[]) =>
    (
      await db().query(
        `SELECT (SELECT count(*) FROM tasks t WHERE t::text LIKE ANY($1)) + (SELECT count(*) FROM task_history h WHERE h::text LIKE ANY($1)) + (SELECT count(*) FROM outbox o WHERE o::text LIKE ANY($1)) AS n`,
        [needles.map((n) => `%${n}%`)],
      )
    )[0].n as string;
  const erasedRows = (taskIds: string[]): Promise<ErasedRow[]> =>
    db().query(`SELECT id, police_reference, reasons, outcome, outcome_summary, erased_at FROM tasks WHERE id = ANY($1) ORDER BY id`, [taskIds]);
  /** What the figures and the DfE return read, and the work's own facts: the same before and after. */
  const kept = (taskIds: string[]) =>
    db().query(
      `SELECT id, type, status, priority, due_at, anchor_at, deadline_rule, claimed_at, closed_at, assignee, responsible_authority, outcome - 'actions' AS outcome FROM tasks WHERE id = ANY($1) ORDER BY id`,
      [taskIds],
    );
  const figures = () => call('GET', `/v1/compliance?from=2026-03-01&to=2026-03-31`, reader.auth);
  const erasure = (childId: string, mergedChildIds: string[] = []) =>
    testEnvelope('protocol.child-erased', { erasureId: randomUUID(), childId, mergedChildIds, ingestIds: [], placementNoticeIds: [], erasedAt: clock.now().toISOString() } satisfies ChildErasedV1, 'protocol-engine');
  const consumed = async (messageId: string) => (await db().query(`SELECT count(*)::int AS n FROM inbox WHERE consumer = 'compliance-tracker.erase-child-tasks' AND message_id = $1`, [messageId]))[0].n as number;
  const erasureEntries = (taskId: string): Promise<{ detail: Record<string, unknown> }[]> =>
    db().query(`SELECT detail FROM task_history WHERE task_id = $1 AND detail->>'change' = 'CHILD_ERASED'`, [taskId]);

  it('given the erasure delivered twice, the tasks lose the police reference, reasons, summary and actions once, the sent outbox rows go, and the figures stay the same', async () => {
    const { childId, references, taskIds } = await childWithWork();
    const [figuresBefore, keptBefore] = [await figures(), await kept(taskIds)];
    // The child's work counts: a held interview, one not offered, a meeting held.
    expect(figuresBefore).toMatchObject({
      returnInterviews: { heldWithin72h: { count: 1 }, notOfferedByReason: { CHILD_IN_CUSTODY: 1 } },
      meetings: { heldByDeadline: { count: 1 } },
    });
    expect(await outboxRows(taskIds, `aggregate_type = 'placing-authority-request'`)).toBe(1);
    expect(Number(await holding([...references, 'Leeds Road', 'exploitation']))).toBeGreaterThan(0);

    const event = erasure(childId);
    await env.publish(Topics.childErased, event, childId);
    await env.publish(Topics.childErased, event, childId);
    // A later erasure on the same key proves both copies were consumed before we look.
    const marker = erasure(randomUUID());
    await env.publish(Topics.childErased, marker, childId);
    await waitFor(async () => (await consumed(marker.id)) === 1, { timeoutMs: 30_000, description: 'the marker consumed' });

    expect(await erasedRows(taskIds)).toEqual(
      taskIds.sort().map((id) => expect.objectContaining({ id, police_reference: '[erased]', reasons: [], outcome_summary: null, erased_at: clock.now() })),
    );
    expect((await erasedRows(taskIds)).map((r) => r.outcome).filter((o) => 'actions' in o)).toEqual([]);
    expect(Number(await holding([...references, 'Leeds Road', 'exploitation']))).toBe(0);
    expect(await kept(taskIds)).toEqual(keptBefore);
    expect(await figures()).toEqual(figuresBefore);
    expect(await outboxRows(taskIds)).toBe(0);
    expect(await consumed(event.id)).toBe(1);
    for (const id of taskIds) expect(await erasureEntries(id)).toEqual([{ detail: { change: 'CHILD_ERASED', erasureId: event.data.erasureId } }]);

    // The page still tells the work's story, without the child's details.
    const history = (await call('GET', `/v1/tasks/${taskIds[0]}/history`, reader.auth)) as unknown as { action: string; details: Record<string, unknown> }[];
    expect(history[0]).toMatchObject({ action: 'CREATED', details: { decisionId: expect.any(String) } });
    expect(history[0].details).not.toHaveProperty('reasons');
    expect(history.at(-1)).toMatchObject({ action: 'CHILD_ERASED', details: { erasureId: event.data.erasureId } });
    const detail = await call('GET', `/v1/tasks/${taskIds[0]}`, cmo.auth);
    expect(detail).toMatchObject({ policeReference: '[erased]' });
    expect(detail.outcomeSummary ?? null).toBeNull();
  });

  it('given the consumer dies after its transaction commits, the redelivered erasure has one effect', async () => {
    const childId = randomUUID();
    const [taskId] = await decided({ ...returnInterviewDecision(clock.now()), childId });
    const erase = svc.app.get(EraseChildTasks);
    const real = erase.execute.bind(erase);
    const event = erasure(childId);
    let attempts = 0;
    const spy = jest.spyOn(erase, 'execute').mockImplementation(async (command) => {
      await real(command);
      if (command.messageId === event.id && attempts++ === 0) throw new Error('crash after commit');
    });
    try {
      await env.publish(Topics.childErased, event, childId);
      await waitFor(() => attempts >= 2, { timeoutMs: 30_000, description: 'the redelivery' });
    } finally {
      spy.mockRestore();
    }
    expect(await erasureEntries(taskId)).toHaveLength(1);
    expect(await consumed(event.id)).toBe(1);
    expect((await erasedRows([taskId]))[0]).toMatchObject({ police_reference: '[erased]', reasons: [] });
  });

  it("given the consumer's connection is killed mid-transaction, nothing is half-erased and the redelivery erases once", async () => {
    const childId = randomUUID();
    const decision = { ...returnInterviewDecision(clock.now()), childId };
    const [taskId] = await decided(decision);
    const event = erasure(childId);
    // Holds the task's row so the consumer stops on it, inside its transaction, then kills that connection.
    const blocker = db().createQueryRunner();
    await blocker.connect();
    try {
      await blocker.startTransaction();
      await blocker.query(`SELECT 1 FROM tasks WHERE id = $1 FOR UPDATE`, [taskId]);
      await env.publish(Topics.childErased, event, childId);
      const pid = await waitFor(
        async () => ((await db().query(`SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'SELECT id, status, police_reference%'`)) as { pid: number }[])[0]?.pid,
        { timeoutMs: 30_000, description: 'the consumer waiting on the task' },
      );
      await db().query(`SELECT pg_terminate_backend($1)`, [pid]);
      expect(await db().query(`SELECT count(*)::int AS n FROM child_erasures WHERE erasure_id = $1`, [event.data.erasureId])).toEqual([{ n: 0 }]);
      await blocker.rollbackTransaction();
    } finally {
      await blocker.release();
    }
    await waitFor(async () => (await consumed(event.id)) === 1, { timeoutMs: 30_000, description: 'the erasure after redelivery' });
    expect(await erasureEntries(taskId)).toHaveLength(1);
    expect(Number(await holding([decision.policeReference]))).toBe(0);
  });

  it('given task events not yet sent when the erasure arrives, they go out with the reference erased', async () => {
    const decision = { ...returnInterviewDecision(clock.now()), childId: randomUUID() };
    // Holding the relay's lock keeps the task's events waiting in the outbox.
    const relay = db().createQueryRunner();
    await relay.connect();
    let taskId: string;
    try {
      await relay.query(`SELECT pg_advisory_lock(hashtext(current_schema() || '.outbox-relay'))`);
      [taskId] = await decided(decision);
      const event = erasure(decision.childId);
      await env.publish(Topics.childErased, event, decision.childId);
      await waitFor(async () => (await consumed(event.id)) === 1, { timeoutMs: 30_000, description: 'the erasure consumed' });
      expect((await outboxEvents<TaskCreatedV1>(svc.app, Topics.taskCreated, taskId)).map((e) => e.policeReference)).toEqual(['[erased]']);
    } finally {
      await relay.query(`SELECT pg_advisory_unlock(hashtext(current_schema() || '.outbox-relay'))`);
      await relay.release();
    }
    await waitFor(async () => (await outboxRows([taskId], 'processed_at IS NULL')) === 0, { timeoutMs: 30_000, description: 'the events sent' });
    expect(Number(await holding([decision.policeReference]))).toBe(0);
  });

  it('given a decision made before the erasure and delivered after it, about the child or a record merged into it, its task is made already erased', async () => {
    const [childId, mergedId] = [randomUUID(), randomUUID()];
    const event = erasure(childId, [mergedId]);
    await env.publish(Topics.childErased, event, childId);
    await waitFor(async () => (await consumed(event.id)) === 1, { timeoutMs: 30_000, description: 'the erasure consumed' });

    const late = [{ ...returnInterviewDecision(clock.now(), { reasons: ['exploitation'] }), childId }, { ...returnInterviewDecision(clock.now()), childId: mergedId }];
    const taskIds = [...(await decided(late[0])), ...(await decided(late[1]))];
    expect(await erasedRows(taskIds)).toEqual(taskIds.sort().map((id) => expect.objectContaining({ id, police_reference: '[erased]', reasons: [], erased_at: clock.now() })));
    for (const id of taskIds) {
      expect(await erasureEntries(id)).toEqual([{ detail: { change: 'CHILD_ERASED', erasureId: event.data.erasureId } }]);
      expect((await outboxEvents<TaskCreatedV1>(svc.app, Topics.taskCreated, id)).map((e) => e.policeReference)).toEqual(['[erased]']);
    }
    expect(Number(await holding([...late.map((d) => d.policeReference), 'exploitation']))).toBe(0);
    // Still counted: the work is the Board's to count, with no one named.
    expect(await db().query(`SELECT type, status FROM tasks WHERE id = ANY($1)`, [taskIds])).toEqual([
      { type: 'RETURN_INTERVIEW', status: 'OPEN' },
      { type: 'RETURN_INTERVIEW', status: 'OPEN' },
    ]);
  });

  it("given an erased child's open interview, the CMO can still finish it, but a summary typed about the child is refused naming the field and not stored", async () => {
    const childId = randomUUID();
    const [taskId] = await decided({ ...returnInterviewDecision(hoursAgo(30)), childId });
    await call('POST', `/v1/tasks/${taskId}/claim`, cmo.auth);
    await call('POST', `/v1/tasks/${taskId}/outcome`, cmo.auth, { kind: 'OFFERED', offeredAt: hoursAgo(29).toISOString(), offeredHow: 'PHONE' });
    const event = erasure(childId);
    await env.publish(Topics.childErased, event, childId);
    await waitFor(async () => (await consumed(event.id)) === 1, { timeoutMs: 30_000, description: 'the erasure consumed' });

    const held = { kind: 'HELD', heldAt: hoursAgo(2).toISOString(), interviewerIndependent: true };
    const refused = await fetch(`${svc.url}/v1/tasks/${taskId}/outcome`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: cmo.auth },
      body: JSON.stringify({ ...held, summary: 'Said she stays with a friend in Hyson Green' }),
    });
    expect({ status: refused.status, body: await refused.json() }).toEqual({
      status: 400,
      body: expect.objectContaining({ problems: [{ field: 'summary', reason: `this child's personal data was erased on ${clock.now().toISOString().slice(0, 10)}: record the outcome without it` }] }),
    });
    expect(await erasedRows([taskId])).toEqual([expect.objectContaining({ outcome_summary: null, outcome: expect.not.objectContaining({ heldAt: expect.anything() }) })]);

    expect(await call('POST', `/v1/tasks/${taskId}/outcome`, cmo.auth, held)).toMatchObject({ status: 'COMPLETED', outcome: { result: 'HELD' } });
    expect(Number(await holding(['Hyson Green']))).toBe(0);
  });
});
