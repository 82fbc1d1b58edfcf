import { Services, waitFor } from '@homeward/testing';
import { BuiltStack, startBuiltStack } from './support/built-stack';

const HOME = 'E10000024'; // protocol-engine's default HOME_AUTHORITY_CODE
const PLACING = 'E08000032';
const OUR_FORCE = 'E2E-HOME-FORCE';
const HOST_FORCE = 'E2E-HOST-FORCE';
const HOUR = 3_600_000;

interface Task {
  id: string;
  type: string;
  status: string;
  dueAt: string;
  childId: string;
  reasons: string[];
  responsibleAuthority: string | null;
  hostForce: string | null;
}
interface Alert {
  kind: string;
  recipient: string;
  summary: string;
  policeReference: string;
}

/**
 * Placed-in children and the placing authority, through the four built services: DOMAIN.md's
 * worked example 5, the placement notice that stops "placed in without notice", and our own
 * looked-after child missing in another area (the IRO informed, the host authority told).
 */
describe('placed-in children and the placing authority, through all four services', () => {
  let built: BuiltStack;
  let stack: Services;
  let policeKey: string;
  let hostPoliceKey: string;
  let placingKey: string;
  let cmoKey: string;
  let staffToken: string;

  beforeAll(async () => {
    built = await startBuiltStack({ serviceConfig: { HOME_FORCES: OUR_FORCE } });
    stack = built.stack;
    policeKey = await built.ingestKey('--force', OUR_FORCE);
    hostPoliceKey = await built.ingestKey('--force', HOST_FORCE);
    placingKey = await built.ingestKey('--authority', PLACING);
    cmoKey = await built.officerKey('e2e-placed-cmo', 'CMO');
    const exchanged = await fetch(`${stack.url('compliance-tracker')}/v1/staff/token`, { method: 'POST', headers: { authorization: `Bearer ${cmoKey}` } });
    staffToken = ((await exchanged.json()) as { token: string }).token;
  }, 120_000);

  afterAll(() => built?.stop());

  const send = (path: string, key: string, body: object) =>
    fetch(`${stack.url('ingest-api')}${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const getJson = async <T>(url: string, bearer: string): Promise<T> => (await (await fetch(url, { headers: { authorization: `Bearer ${bearer}` } })).json()) as T;
  const tasksOf = (ref: string) => getJson<{ items: Task[] }>(`${stack.url('compliance-tracker')}/v1/tasks?policeReference=${encodeURIComponent(ref)}`, cmoKey).then((p) => p.items);
  const alertsOf = (ref: string) => getJson<Alert[]>(`${stack.url('alerting')}/v1/alerts?policeReference=${encodeURIComponent(ref)}`, staffToken);
  const until = <T>(description: string, probe: () => Promise<T | undefined>) => waitFor(probe, { timeoutMs: 30_000, description });

  // Recent instants: ingest refuses an occurredAt more than 5 minutes ahead of its clock.
  const missingAt = new Date(Date.now() - 30 * HOUR).toISOString();
  const foundAt = new Date(Date.now() - 6 * HOUR).toISOString();
  const child = { givenName: 'Robyn', familyName: 'Placed-Example', dateOfBirth: '2011-08-09', localAuthorityId: 'BRAD-E2E-0001' };
  const report = (ref: string, over: object = {}) => ({
    notificationId: `${ref}-missing`,
    type: 'MISSING_REPORTED',
    policeReference: ref,
    occurredAt: missingAt,
    child,
    riskLevel: 'MEDIUM',
    careStatus: 'LOOKED_AFTER',
    responsibleAuthority: PLACING,
    missingFrom: 'CHILDRENS_HOME',
    ...over,
  });
  const found = (ref: string, over: object = {}) => ({ ...report(ref, over), notificationId: `${ref}-found`, type: 'FOUND', occurredAt: foundAt });

  it('given a looked-after child placed here by another LA with no notice on record (worked example 5): the placing LA is notified on missing and on found and asked for its risk assessment, and the RHI names it as responsible', async () => {
    expect((await send('/v1/notifications', policeKey, report('E2E/PLACED/1'))).status).toBe(202);
    const onMissing = await until('the notify task on missing', async () => {
      const tasks = await tasksOf('E2E/PLACED/1');
      return tasks.some((t) => t.type === 'NOTIFY_RESPONSIBLE_AUTHORITY') ? tasks : undefined;
    });
    const [notify] = onMissing.filter((t) => t.type === 'NOTIFY_RESPONSIBLE_AUTHORITY');
    expect(notify.reasons).toContain('placed-in-without-notice-missing');
    const toldOnMissing = await until('the placing authority told', async () => {
      const alerts = await alertsOf('E2E/PLACED/1');
      return alerts.some((a) => a.recipient === 'PLACING_AUTHORITY_CONTACT') ? alerts : undefined;
    });
    expect(toldOnMissing.filter((a) => a.kind === 'PLACED_IN_WITHOUT_NOTICE').map((a) => a.recipient)).toEqual(
      expect.arrayContaining(['PLACING_AUTHORITY_CONTACT', 'CHILDREN_MISSING_OFFICER']),
    );

    // The CMO asks the placing authority for its risk assessment and plan, on the task.
    const asked = await fetch(`${stack.url('compliance-tracker')}/v1/tasks/${notify.id}/placing-authority-requests`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cmoKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ placingAuthority: 'Bradford City Council', contact: 'Looked After Children team', askedAt: new Date(Date.now() - 60_000).toISOString() }),
    });
    expect(asked.status).toBe(201);
    const trail = await getJson<{ placingAuthority: string }[]>(`${stack.url('compliance-tracker')}/v1/tasks/${notify.id}/placing-authority-requests`, cmoKey);
    expect(trail).toEqual([expect.objectContaining({ placingAuthority: 'Bradford City Council' })]);

    expect((await send('/v1/notifications', policeKey, found('E2E/PLACED/1'))).status).toBe(202);
    const onFound = await until('the RHI and the notify task on found', async () => {
      const tasks = await tasksOf('E2E/PLACED/1');
      return tasks.some((t) => t.type === 'RETURN_INTERVIEW') && tasks.filter((t) => t.type === 'NOTIFY_RESPONSIBLE_AUTHORITY').length === 2 ? tasks : undefined;
    });
    expect(onFound.find((t) => t.type === 'RETURN_INTERVIEW')).toMatchObject({ responsibleAuthority: PLACING, dueAt: new Date(Date.parse(foundAt) + 72 * HOUR).toISOString() });
    expect(onFound.filter((t) => t.type === 'NOTIFY_RESPONSIBLE_AUTHORITY').flatMap((t) => t.reasons).sort()).toEqual([
      'placed-in-without-notice-found',
      'placed-in-without-notice-missing',
    ]);
    const told = await until('the placing authority told again on found', async () => {
      const alerts = (await alertsOf('E2E/PLACED/1')).filter((a) => a.recipient === 'PLACING_AUTHORITY_CONTACT');
      return alerts.length === 2 ? alerts : undefined;
    });
    expect(JSON.stringify(told)).not.toMatch(/Robyn|Placed-Example|2011-08-09/);
  });

  it('given the same child with a placement notice from the placing LA on record, the next missing report does not raise the without-notice rule, and the decision shows the notice', async () => {
    const noticeBody = {
      noticeId: 'BRAD-PN-E2E-1',
      child,
      placingAuthority: PLACING,
      placementStart: new Date(Date.now() - 90 * 24 * HOUR).toISOString().slice(0, 10),
      provider: { name: 'Oakfield House', kind: 'CHILDRENS_HOME' },
      riskAssessmentProvided: true,
      riskManagementPlanProvided: true,
    };
    expect((await send('/v1/placement-notices', policeKey, noticeBody)).status).toBe(403);
    const posted = await send('/v1/placement-notices', placingKey, noticeBody);
    expect(posted.status).toBe(202);
    const { id: noticeId } = (await posted.json()) as { id: string };

    const [{ childId }] = await tasksOf('E2E/PLACED/1');
    await until('the notice matched to the child', async () => {
      const notices = await getJson<{ id: string }[]>(`${stack.url('protocol-engine')}/v1/children/${childId}/placement-notices`, staffToken);
      return notices.some((n) => n.id === noticeId) || undefined;
    });

    expect((await send('/v1/notifications', policeKey, report('E2E/PLACED/2', { occurredAt: new Date(Date.now() - 2 * HOUR).toISOString() }))).status).toBe(202);
    const [decision] = await until('the decision on the second episode', async () => {
      const decisions = await getJson<{ id: string; firedRules: { ruleId: string }[]; alerts: string[] }[]>(
        `${stack.url('protocol-engine')}/v1/decisions?policeReference=E2E%2FPLACED%2F2`,
        staffToken,
      );
      return decisions.length === 1 ? decisions : undefined;
    });
    expect(decision.firedRules.map((r) => r.ruleId)).not.toContain('placed-in-without-notice-missing');
    expect(decision.alerts).not.toContain('PLACED_IN_WITHOUT_NOTICE');
    const words = await getJson<{ placementNotice: { id: string; placingAuthority: string; riskAssessmentProvided: boolean } }>(
      `${stack.url('protocol-engine')}/v1/decisions/${decision.id}`,
      staffToken,
    );
    expect(words.placementNotice).toMatchObject({ id: noticeId, placingAuthority: PLACING, riskAssessmentProvided: true, riskManagementPlanProvided: true });
    expect((await tasksOf('E2E/PLACED/2')).filter((t) => t.type === 'NOTIFY_RESPONSIBLE_AUTHORITY')).toEqual([]);
  });

  it('given our own looked-after child reported missing by another force: the IRO is informed as a task of its own, the host authority is told, and on found the RHI is arranged in the host area', async () => {
    const ours = { child: { ...child, localAuthorityId: 'NCC-E2E-0002', givenName: 'Morgan' }, responsibleAuthority: HOME, missingFrom: 'FOSTER_CARE' };
    expect((await send('/v1/notifications', hostPoliceKey, report('E2E/ELSEWHERE/1', ours))).status).toBe(202);
    const [iro] = await until('the IRO task', async () => {
      const tasks = (await tasksOf('E2E/ELSEWHERE/1')).filter((t) => t.type === 'INFORM_IRO');
      return tasks.length ? tasks : undefined;
    });
    expect(iro).toMatchObject({ hostForce: HOST_FORCE, reasons: ['our-child-elsewhere-iro'], dueAt: new Date(Date.parse(missingAt) + 72 * HOUR).toISOString() });
    const host = await until('the host authority told', async () => {
      const alerts = (await alertsOf('E2E/ELSEWHERE/1')).filter((a) => a.kind === 'OUR_CHILD_MISSING_ELSEWHERE');
      return alerts.some((a) => a.recipient === 'HOST_AUTHORITY_CONTACT') ? alerts : undefined;
    });
    expect(host.find((a) => a.recipient === 'HOST_AUTHORITY_CONTACT')?.summary).toContain(`reported by ${HOST_FORCE}`);

    expect((await send('/v1/notifications', hostPoliceKey, found('E2E/ELSEWHERE/1', ours))).status).toBe(202);
    const [rhi] = await until('the RHI', async () => {
      const tasks = (await tasksOf('E2E/ELSEWHERE/1')).filter((t) => t.type === 'RETURN_INTERVIEW');
      return tasks.length ? tasks : undefined;
    });
    expect(rhi).toMatchObject({ hostForce: HOST_FORCE, responsibleAuthority: null, reasons: ['return-interview', 'our-child-elsewhere'] });
    expect((await tasksOf('E2E/ELSEWHERE/1')).filter((t) => t.type === 'INFORM_IRO')).toHaveLength(1);

    // Reported by our own force, the same child is not missing elsewhere.
    expect((await send('/v1/notifications', policeKey, report('E2E/HOME/1', { ...ours, occurredAt: new Date(Date.now() - HOUR).toISOString() }))).status).toBe(202);
    await until('the home decision', async () =>
      (await getJson<unknown[]>(`${stack.url('protocol-engine')}/v1/decisions?policeReference=E2E%2FHOME%2F1`, staffToken)).length === 1 || undefined,
    );
    expect(await tasksOf('E2E/HOME/1')).toEqual([]);
  });
});
