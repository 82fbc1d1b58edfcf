import type { Infrastructure } from '@homeward/testing';
import { uncommittedMessages } from './consumer-groups';
import { differences, Effects, waitUntilSettled } from './effects';
import { ChildStream, generateNotificationMix } from './notification-mix';
import { postAll, PostingAnswer, PostingReport } from './police-system';
import { startSystem, SystemUnderTest } from './system-under-test';

/** Case 1's size; `npm run test:faults` sets 10,000, `npm test` leaves the default. */
export const FAULT_SIZE = Number(process.env.FAULT_NOTIFICATIONS ?? 1_000);
/** The other cases: a quarter of it (at least 200), so `npm test` stays short and test:faults scales them. */
export const CASE_SIZE = Math.max(200, Math.round(FAULT_SIZE / 4));
/**
 * The notifications of a fault run: a year of each child's episodes compressed into about ten
 * hours, from 17 hours ago, so no time-based step falls due while the runs that compare them
 * go on (two fault-free runs would otherwise differ by wall time alone). Each step is either
 * past before the first run or hours after the last: an urgent notification to the placing
 * authority (due at the report) escalates 4 h after it, in the past; a strategy discussion's
 * reminder (4 h before its 24 h deadline), the 24 h review and every return interview step
 * come 3 hours or more after now.
 */
export function faultRunMix(notifications: number, seed?: number): ChildStream[] {
  return generateNotificationMix({ notifications, seed, startsAt: new Date(Date.now() - 17 * 3_600_000), compress: 400 });
}
export const SERVICES = ['ingest-api', 'protocol-engine', 'compliance-tracker', 'alerting'] as const;
/** Settling, and a whole run, take longer the more there is to do and the slower the box: both scale with the run. */
const SETTLE_MS = 10 * 60_000 + FAULT_SIZE * 60;
export const RUN_TIMEOUT_MS = 20 * 60_000 + FAULT_SIZE * 150;

export const pause = (minMs: number, maxMs = minMs) => new Promise((resolve) => setTimeout(resolve, minMs + Math.random() * (maxMs - minMs)));

/** What the notifications lead to on a system nobody disturbs: the yardstick of a file's faulty runs. */
export async function referenceEffects(children: ChildStream[], extraEnv: Record<string, string> = {}, own?: Infrastructure): Promise<Effects> {
  const clean = await startSystem(extraEnv, own);
  try {
    await postAll(() => clean.stack.url('ingest-api'), clean.apiKey, children);
    return await settled(clean);
  } finally {
    await clean.stop();
  }
}

/**
 * Posts every notification (retrying as the police do) while `chaos` disturbs the system;
 * `chaos` is told whether posting still goes on. Then waits until the system has settled.
 */
export async function postUnderChaos(
  sut: SystemUnderTest,
  children: ChildStream[],
  chaos: (posting: () => boolean) => Promise<void>,
  observe?: (answer: PostingAnswer) => void,
): Promise<{ posted: PostingReport; effects: Effects }> {
  let posting = true;
  const disturbing = chaos(() => posting);
  // Posting alone may not end while the chaos is stuck (a service left down): surface its error.
  disturbing.catch(() => (posting = false));
  const posted = await postAll(() => sut.stack.url('ingest-api'), sut.apiKey, children, 16, observe).finally(() => (posting = false));
  await disturbing;
  return { posted, effects: await settled(sut) };
}

/** The system's effects once it has finished everything it was given. */
export function settled(sut: SystemUnderTest): Promise<Effects> {
  return waitUntilSettled(sut.db, { timeoutMs: SETTLE_MS, uncommitted: () => uncommittedMessages(sut.env.kafkaBrokers, sut.env.topicPrefix) });
}

/** What `differences(...)` is when nothing is missing and nothing is doubled. */
export function expectSameEffects(reference: Effects, actual: Effects): void {
  const diff = differences(reference, actual);
  expect(diff).toEqual(Object.fromEntries(Object.keys(diff).map((k) => [k, { missing: [], extra: [] }])));
}

/** The figures for the issue note, one line per case in the test output. */
export function reportFigures(caseName: string, figures: Record<string, unknown>): void {
  process.stdout.write(`faults: ${caseName}: ${JSON.stringify(figures)}\n`);
}
