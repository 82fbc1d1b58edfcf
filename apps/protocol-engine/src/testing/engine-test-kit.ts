/** Test-only: builders and probes the protocol-engine integration specs share (imported by *.int.spec.ts only). */
/* eslint-disable @nx/enforce-module-boundaries -- a spec helper, so it may use the testing lib like the specs do */
import { DecisionCause, NotificationReceivedV1, Topics } from '@homeward/contracts';
import { Clock } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AppModule } from '../app.module';

export const ADMIN_KEY = 'test-admin-key-0123456789abcdef';
export const ADMIN = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };

/** A child no other test uses: a fresh local-authority id keeps suites' children apart. */
export function aChild(): NotificationReceivedV1['child'] {
  return { givenName: 'Amy', familyName: "O'Neil", dateOfBirth: '2012-05-04', localAuthorityId: `LA-${randomUUID().slice(0, 8)}` };
}

export function notification(overrides: Partial<NotificationReceivedV1> = {}): NotificationReceivedV1 {
  const ingestId = randomUUID();
  return {
    notificationId: `N-${ingestId.slice(0, 8)}`,
    ingestId,
    force: 'NOTTS',
    type: 'MISSING_REPORTED',
    policeReference: `NT/${randomUUID().slice(0, 8)}`,
    occurredAt: '2025-01-06T09:00:00.000Z',
    receivedAt: '2025-01-06T09:01:00.000Z',
    child: aChild(),
    riskLevel: 'MEDIUM',
    careStatus: 'NOT_KNOWN',
    vulnerabilities: [],
    ...overrides,
  };
}

export interface Engine {
  env: TestEnvironment;
  svc: RunningService;
  clock: FakeClock;
  db: Client;
  /** Publishes as ingest-api's relay would (keyed by the child's LA id here: no names). */
  publish(n: NotificationReceivedV1, envelopeId?: string, correlationId?: string): Promise<string>;
  decisionsFor(policeReference: string): Promise<DecisionRow[]>;
  waitForDecisions(policeReference: string, count: number): Promise<DecisionRow[]>;
  restart(overrides?: { provide: unknown; useValue: unknown }[]): Promise<void>;
  close(): Promise<void>;
}

export interface DecisionRow {
  id: string;
  cause: DecisionCause;
  protocol_version: string;
  protocol_version_id: string;
  effective_risk: string;
  required_actions: { actionKey: string; taskType: string; priority: string; deadline: { unit: string; amount: number }; anchorAt: string; reasons: string[] }[];
  fired_rules: { ruleId: string }[];
  alerts: string[];
  supersedes: { episodeId: string; taskType: string }[];
}

export async function startEngine(options: { overrides?: { provide: unknown; useValue: unknown }[]; env?: Record<string, string> } = {}): Promise<Engine> {
  const env = await createTestEnvironment({ PROTOCOL_ADMIN_KEYS: `alice:${ADMIN_KEY}`, ...options.env });
  const clock = new FakeClock('2025-01-06T09:00:00.000Z');
  const boot = (overrides: { provide: unknown; useValue: unknown }[] = []) =>
    startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }, ...overrides] });
  let svc = await boot(options.overrides);
  const db = new Client({ connectionString: env.databaseUrl, options: '-c search_path=protocol' });
  await db.connect();
  const decisionsFor = async (policeReference: string) =>
    (await db.query<DecisionRow>(`SELECT * FROM decisions WHERE police_reference = $1 ORDER BY seq`, [policeReference])).rows;
  const engine: Engine = {
    env,
    clock,
    db,
    get svc() {
      return svc;
    },
    async publish(n, envelopeId, correlationId) {
      const envelope = testEnvelope('police.notification-received', n, 'ingest-api');
      if (envelopeId) envelope.id = envelopeId;
      if (correlationId) envelope.correlationId = correlationId;
      await env.publish(Topics.notificationReceived, envelope, n.child.localAuthorityId);
      return envelope.id;
    },
    decisionsFor,
    waitForDecisions: (policeReference, count) =>
      waitFor(async () => {
        const rows = await decisionsFor(policeReference);
        return rows.length >= count ? rows : undefined;
      }, { timeoutMs: 30_000, description: `${count} decision(s) for ${policeReference}` }),
    async restart(overrides) {
      await svc.close();
      svc = await boot(overrides);
    },
    async close() {
      await svc?.close();
      await db.end();
      await env.dispose();
    },
  };
  return engine;
}
