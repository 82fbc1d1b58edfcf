import { Clock, Topics, type DecisionMadeV1, type RequiredAction } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { newOfficer, officerAuth, returnInterviewDecision, tasksOf } from '../../../test-support/compliance-test-fixtures';

const REPORTED_AT = new Date('2025-10-06T09:00:00Z'); // a Monday

/** The persistent-missing decision as protocol-engine sends it: meeting, follow-up for the allocated worker, and (not open to social care) the consultation. */
function persistentDecision(allocatedWorker: string | null): DecisionMadeV1 {
  const base = returnInterviewDecision(REPORTED_AT);
  const action = (taskType: RequiredAction['taskType'], amount: number, extra: Partial<RequiredAction> = {}): RequiredAction => ({
    actionKey: `${base.episodeId}:${taskType}`,
    taskType,
    priority: 'PRIORITY',
    deadline: { unit: 'WORKING_DAYS', amount },
    anchorAt: REPORTED_AT.toISOString(),
    responsibleAuthority: null,
    reasons: ['persistent-missing'],
    ...extra,
  });
  return {
    ...base,
    allocatedWorker,
    requiredActions: [
      action('MULTI_AGENCY_MEETING', 10),
      action('RISK_MANAGEMENT_FOLLOW_UP', 10, { priority: 'NORMAL', assignTo: 'ALLOCATED_WORKER' }),
      action('DUTY_AND_REFERRAL_CONSULTATION', 1, { reasons: ['persistent-not-open-to-social-care'] }),
    ],
  };
}

interface Row {
  type: string;
  status: string;
  assignee: string | null;
  addressed_to: { to: string; staffId: string | null; why: string } | null;
  due_at: Date;
}

describe('compliance-tracker: the follow-up names a worker; persistent children not open to social care are a consultation', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock('2025-10-06T09:05:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }] });
  });
  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  async function delivered(decision: DecisionMadeV1): Promise<Row[]> {
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    await waitFor(async () => (await tasksOf(svc.app, decision.policeReference)).length === 3, { timeoutMs: 30_000, description: 'the three tasks' });
    return svc.app.get(DataSource).query(`SELECT type, status, assignee, addressed_to, due_at FROM tasks WHERE police_reference = $1 ORDER BY type`, [decision.policeReference]);
  }
  const followUp = (rows: Row[]) => rows.find((r) => r.type === 'RISK_MANAGEMENT_FOLLOW_UP')!;

  it('given the child has an allocated worker, the follow-up is assigned to them, saying so, in its history and the queue; the meeting stays in the queue', async () => {
    const decision = persistentDecision('j.smith');
    const rows = await delivered(decision);
    expect(followUp(rows)).toMatchObject({ status: 'CLAIMED', assignee: 'j.smith', addressed_to: { to: 'ALLOCATED_WORKER', staffId: 'j.smith', why: "The child's allocated worker, as recorded on the child" } });
    expect(rows.find((r) => r.type === 'MULTI_AGENCY_MEETING')).toMatchObject({ status: 'OPEN', assignee: null, addressed_to: null });

    const auth = { authorization: await officerAuth(svc.app, 'READ_ONLY') };
    const page = (await (await fetch(`${svc.url}/v1/tasks?policeReference=${decision.policeReference}&type=RISK_MANAGEMENT_FOLLOW_UP`, { headers: auth })).json()) as { items: { id: string; assignee: string; addressedTo: unknown }[] };
    expect(page.items).toEqual([expect.objectContaining({ assignee: 'j.smith', addressedTo: { to: 'ALLOCATED_WORKER', staffId: 'j.smith', why: expect.any(String) } })]);
    const history = (await (await fetch(`${svc.url}/v1/tasks/${page.items[0].id}/history`, { headers: auth })).json()) as { action: string; actor: string }[] | { entries: { action: string; actor: string }[] };
    const entries = Array.isArray(history) ? history : history.entries;
    expect(entries.map((e) => [e.action, e.actor])).toEqual([['CREATED', 'protocol'], ['CLAIMED', 'protocol']]);
  });

  it('given no allocated worker and nobody on the team manager rung, the follow-up waits in the queue addressed to the team manager, saying why', async () => {
    const rows = await delivered(persistentDecision(null));
    expect(followUp(rows)).toMatchObject({ status: 'OPEN', assignee: null, addressed_to: { to: 'TEAM_MANAGER', staffId: null, why: expect.stringContaining('No allocated worker') } });
  });

  it('given no allocated worker and a team manager on the ladder, the follow-up is assigned to the team manager, saying why', async () => {
    const manager = await newOfficer(svc.app, 'MANAGER');
    await svc.app.get(DataSource).query(`UPDATE officers SET ladder_role = 'TEAM_MANAGER' WHERE username = $1`, [manager.username]);
    const rows = await delivered(persistentDecision(null));
    expect(followUp(rows)).toMatchObject({
      status: 'CLAIMED',
      assignee: manager.username,
      addressed_to: { to: 'TEAM_MANAGER', staffId: manager.username, why: 'No allocated worker is recorded on the child: the team manager' },
    });
  });

  it('given a persistent child not open to social care, the duty and referral consultation is a task due in the working day the protocol configures', async () => {
    const rows = await delivered(persistentDecision(null));
    // Monday 09:00 plus 1 working day.
    expect(rows.find((r) => r.type === 'DUTY_AND_REFERRAL_CONSULTATION')).toMatchObject({ status: 'OPEN', due_at: new Date('2025-10-07T09:00:00Z') });
  });
});
