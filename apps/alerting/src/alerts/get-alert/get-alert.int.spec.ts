import { createTestEnvironment, RunningService, staffToken, startServiceInProcess, TestEnvironment, testEnvelope } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { alertingClient } from '../../../test-support/alerting-client';
import { highRiskDecision } from '../../../test-support/fixtures';
import { AppModule } from '../../app.module';
import { AlertView } from '../alert-view';
import { RaiseAlertsForDecision, RaiseAlertsForDecisionCommand } from '../raise-alerts-for-decision';

jest.setTimeout(60_000);

const token = {
  reader: staffToken({ staffId: 'ray.reader', role: 'READ_ONLY' }),
  cmo: staffToken({ staffId: 'jo.bloggs', role: 'CMO' }),
};

describe("alerting: one alert by id, the page an alert's link opens", () => {
  let env: TestEnvironment;
  let alerting: RunningService;

  beforeAll(async () => {
    env = await createTestEnvironment();
    alerting = await startServiceInProcess(AppModule, env);
  });

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
  });

  const get = (path: string, t = token.reader) => fetch(`${alerting.url}${path}`, { headers: { authorization: `Bearer ${t}` } });

  async function raisedAlert(): Promise<AlertView> {
    const decision = highRiskDecision();
    await alerting.app.get(RaiseAlertsForDecision).execute(RaiseAlertsForDecisionCommand.create(testEnvelope('protocol.decision-made', decision)));
    const [alert] = await alertingClient(alerting.url, token.reader).feed({ policeReference: decision.policeReference, recipient: 'CHILDREN_MISSING_OFFICER' });
    return alert;
  }

  it('given an alert, any staff role reads it by id as the feed shows it, its link on the staff workspace alerts page by default', async () => {
    const alert = await raisedAlert();
    const res = await get(`/v1/alerts/${alert.id}`);
    expect(res.status).toBe(200);
    const read = (await res.json()) as AlertView;
    expect(read).toEqual(alert);
    expect(read).toMatchObject({ kind: 'HIGH_RISK', recipient: 'CHILDREN_MISSING_OFFICER', acknowledgedAt: null });
    expect(read.link).toBe(`http://localhost:3004/alerts/${alert.id}`);
  });

  it('given an alert someone acknowledged, reading it by id shows who and when', async () => {
    const alert = await raisedAlert();
    expect((await alertingClient(alerting.url, token.cmo).acknowledge(alert.id)).status).toBe(200);
    const read = (await (await get(`/v1/alerts/${alert.id}`)).json()) as AlertView;
    expect(read).toMatchObject({ id: alert.id, acknowledgedBy: 'jo.bloggs', acknowledgedAt: expect.any(String) });
  });

  it('given an id that is not a UUID, answers 400 naming id; given an unknown one, 404', async () => {
    const bad = await get('/v1/alerts/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: 'validation failed', problems: [{ field: 'id', reason: 'must be a UUID' }] });
    const missing = await get(`/v1/alerts/${randomUUID()}`);
    expect(missing.status).toBe(404);
    await missing.arrayBuffer();
  });

  it('documents the endpoint and the feed filters in the OpenAPI at /docs', async () => {
    const { paths } = (await (await fetch(`${alerting.url}/docs/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string; in: string }[] }>>;
    };
    expect(Object.keys(paths['/v1/alerts/{id}'].get.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '404']));
    const feedParameters = paths['/v1/alerts'].get.parameters?.filter((p) => p.in === 'query').map((p) => p.name);
    expect(feedParameters).toEqual(expect.arrayContaining(['kind', 'recipient', 'policeReference', 'acknowledged', 'limit']));
    const streamParameters = paths['/v1/alerts/stream'].get.parameters?.filter((p) => p.in === 'query').map((p) => p.name);
    expect(streamParameters).toEqual(expect.arrayContaining(['kind', 'recipient', 'policeReference', 'access_token']));
    expect(streamParameters).not.toContain('limit');
  });
});
