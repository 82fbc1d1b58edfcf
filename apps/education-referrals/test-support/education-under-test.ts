import { Clock, type EventEnvelope } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, type RunningService, startServiceInProcess, tableCounts, type TestEnvironment, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AppModule } from '../src/app.module';
import { educationService } from '../src/education-service';
import { RegisterSchool } from '../src/schools/register-school';

/** education-referrals in process on its own test environment and a fake clock, with its rows to read. */
export interface EducationUnderTest {
  env: TestEnvironment;
  service: RunningService;
  clock: FakeClock;
  /** Registers a school and returns its new key. */
  schoolKey(urn: string, name?: string): Promise<string>;
  /** Row counts of every table in the education schema: unchanged after a refusal. */
  counts(): Promise<Record<string, number>>;
  /** The events queued for the rest of Homeward, oldest first. */
  outbox(): Promise<{ topic: string; key: string; envelope: EventEnvelope<Record<string, unknown>> }[]>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startEducation(config: Record<string, string> = {}, clock = new FakeClock('2026-11-16T10:00:00Z')): Promise<EducationUnderTest> {
  const env = await createTestEnvironment({ SHUTDOWN_STEP_TIMEOUT_MS: '1000', ...config });
  const service = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], configure: educationService.configure });
  const db = new Client({ connectionString: env.databaseUrl });
  await db.connect();
  const query = async <T>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as T[];
  await waitFor(async () => (await fetch(`${service.url}/health/ready`)).status === 200, { timeoutMs: 30_000, description: 'education-referrals ready' });
  return {
    env,
    service,
    clock,
    schoolKey: async (urn, name = `School ${urn}`) => (await service.app.get(RegisterSchool).execute({ urn, name })).key,
    counts: () => tableCounts(env.databaseUrl, 'education'),
    outbox: async () =>
      (await query<{ topic: string; message_key: string; payload: EventEnvelope<Record<string, unknown>> }>(`SELECT topic, message_key, payload FROM education.outbox ORDER BY id`)).map((r) => ({
        topic: r.topic,
        key: r.message_key,
        envelope: r.payload,
      })),
    query,
    close: async () => {
      await db.end();
      await service.close();
      await env.dispose();
    },
  };
}

export const pupil = (overrides: Record<string, unknown> = {}) => ({
  givenName: 'Amira',
  familyName: 'Khan',
  dateOfBirth: '2013-09-14',
  upn: 'A123456789012',
  address: { lines: ['12 Mill Lane', 'Bulwell', 'Nottingham'], postcode: 'NG6 8AB' },
  ...overrides,
});

export const parents = () => [{ name: 'Sara Khan', relationship: 'Mother', emergencyPhone: '07700 900123', livesWithPupil: true }];

/** Returns as a school would really send them on 16 November 2026 (a Monday in the autumn term). */
export const returns = {
  deletion: (overrides: Record<string, unknown> = {}) => ({
    returnId: `DEL-${randomUUID()}`,
    pupil: pupil(),
    parents: parents(),
    ground: { regulation: '9', paragraph: '(1)(c)', reason: 'MOVED_AWAY' },
    deletionDate: '2026-11-20',
    ...overrides,
  }),
  admission: (overrides: Record<string, unknown> = {}) => ({
    returnId: `ADM-${randomUUID()}`,
    pupil: pupil(),
    parents: parents(),
    admissionDate: '2026-11-16',
    previousSchool: { name: 'Riverside Academy', urn: '140123' },
    ...overrides,
  }),
  absence: (overrides: Record<string, unknown> = {}) => ({
    returnId: `ABS-${randomUUID()}`,
    pupil: pupil(),
    parents: parents(),
    absenceStart: '2026-11-02',
    schoolDaysAbsent: 11,
    attendanceCodes: ['O', 'O', 'G', 'O', 'O', 'O', 'N', 'O', 'O', 'O', 'O'],
    enquiries: [{ madeOn: '2026-11-04', made: 'Phoned both parents, no answer; letter sent home' }],
    ...overrides,
  }),
  sickness: (overrides: Record<string, unknown> = {}) => ({
    returnId: `SICK-${randomUUID()}`,
    pupil: pupil(),
    parents: parents(),
    absenceStart: '2026-10-12',
    schoolDaysMissed: 15,
    note: 'Long-term illness',
    ...overrides,
  }),
};
