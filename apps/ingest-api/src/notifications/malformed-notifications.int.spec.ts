import { OWN_CONNECTION, RunningService } from '@homeward/testing';
import fc from 'fast-check';
import { IngestRows, validNotification } from '../../test-support/ingest-kit';
import { IngestUnderTest, startIngest } from '../../test-support/ingest-under-test';

// 5,000 requests: a few seconds on a quiet box, a minute alone on two busy cores; the whole suite
// beside it (built stacks, browsers) once took 10,000 past five minutes.
jest.setTimeout(600_000);

const RUNS = 5_000;
const REQUIRED = ['notificationId', 'type', 'policeReference', 'occurredAt', 'child', 'riskLevel', 'careStatus'];
const KNOWN = [...REQUIRED, 'responsibleAuthority', 'missingFrom', 'vulnerabilities', 'location', 'found'];

/** One fault that alone makes a notification invalid, so every generated body must be refused. */
const certainFault: fc.Arbitrary<(n: Record<string, unknown>) => void> = fc.oneof(
  fc.constantFrom(...REQUIRED).map((field) => (n: Record<string, unknown>) => void delete n[field]),
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !KNOWN.includes(k) && k !== '__proto__'), fc.jsonValue())
    .map(([k, v]) => (n: Record<string, unknown>) => void (n[k] = v)),
  fc
    .tuple(fc.constantFrom('type', 'riskLevel', 'careStatus', 'missingFrom'), fc.string().filter((s) => !/^[A-Z_]+$/.test(s)))
    .map(([k, v]) => (n: Record<string, unknown>) => void (n[k] = v)),
  fc.tuple(fc.constantFrom('occurredAt', 'notificationId', 'policeReference', 'child'), fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer())))
    .map(([k, v]) => (n: Record<string, unknown>) => void (n[k] = v)),
  fc.string().map((dob) => (n: Record<string, unknown>) => void (n.child = { givenName: 'A', familyName: 'B', dateOfBirth: `${dob}x` })),
  fc.jsonValue().map((v) => (n: Record<string, unknown>) => void (n.found = { returnedTo: 'Home', extra: v })),
);

/** Noise on top: any field replaced by any JSON value. */
const noise = fc.array(fc.tuple(fc.constantFrom(...KNOWN), fc.jsonValue({ maxDepth: 3 })), { maxLength: 3 });

const malformedBody: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(noise, certainFault).map(([changes, fault]) => {
    const n = validNotification();
    for (const [k, v] of changes) n[k] = v;
    fault(n);
    return JSON.stringify(n);
  }) },
  // Whole bodies that are not a notification at all: other JSON, or not JSON.
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
);

describe('ingest-api: generated malformed notifications', () => {
  let ingest: RunningService;
  let rows: IngestRows;
  let kit: IngestUnderTest;
  let key: string;

  beforeAll(async () => {
    kit = await startIngest();
    ({ ingest, rows } = kit);
    key = await kit.keyFor('FUZZ');
  });

  afterAll(() => kit?.close());

  it(`given ${RUNS} malformed bodies, answers each with a 4xx naming a problem, never a 5xx, and stores nothing`, async () => {
    const bodies = fc.sample(malformedBody, { numRuns: RUNS, seed: 20260602 });
    const statuses = new Map<number, number>();
    const unexplained: string[] = [];
    // Eight at a time, each on its own connection: fast, and still one app instance.
    let next = 0;
    const worker = async () => {
      while (next < bodies.length) {
        const body = bodies[next++];
        const res = await fetch(`${ingest.url}/v1/notifications`, {
          method: 'POST',
          headers: { ...OWN_CONNECTION, authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body,
        });
        const answer = (await res.json()) as { problems?: unknown[] };
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status >= 500 || res.status < 400 || !answer.problems?.length) unexplained.push(`${res.status} ${body.slice(0, 300)}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));

    expect(unexplained.slice(0, 5)).toEqual([]);
    expect([...statuses.keys()].every((s) => s >= 400 && s < 500)).toBe(true);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
    expect(await rows.counts()).toEqual({ notifications: 0, outbox: 0 });
  });
});
