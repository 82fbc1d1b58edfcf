/**
 * `npm run demo`: a realistic recent month of police notifications, posted through ingest-api
 * as a force's system would, so a newcomer's queue, alerts and figures have something in them.
 * Uses the fault tests' generator (repeats, risk changes, out-of-order found reports, retries).
 * Needs `npm start` running. Running it again the same day posts nothing new (the police
 * contract is idempotent on notificationId); on another day it adds that day's month.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateNotificationMix, GeneratedNotification } from '../faults/support/notification-mix';
import { postAll } from '../faults/support/police-system';

const ROOT = path.resolve(__dirname, '..', '..');
const PORT_BASE = Number(process.env.HW_PORT_BASE ?? 3000);
const INGEST = `http://127.0.0.1:${PORT_BASE}`;
const TRACKER = `http://127.0.0.1:${PORT_BASE + 2}`;
const DEV_CMO_KEY = 'hwo_dev_cmo_local_only';
const DAY_MS = 86_400_000;

function devApiKey(): string {
  const file = path.join(ROOT, '.local', 'stack', 'dev-api-key');
  if (!fs.existsSync(file)) throw new Error('no development API key: start the stack first with `npm start`');
  return fs.readFileSync(file, 'utf8').trim();
}

/** A month ending now: the generator's two months of first episodes, compressed into one. */
function recentMonth(now: Date): GeneratedNotification[][] {
  const run = now.toISOString().slice(2, 10).replace(/-/g, '');
  const children = generateNotificationMix({ notifications: 260, seed: Number(run), startsAt: new Date(now.getTime() - 30 * DAY_MS), compress: 2 });
  return children
    .map((stream) =>
      stream
        .filter((n) => new Date(n.occurredAt) <= now)
        .map((n) => ({
          ...n,
          notificationId: `DEMO-${run}-${n.notificationId}`,
          policeReference: `DM/${run}/${n.policeReference.replace(/\D+/g, '')}`,
          // The generator numbers family names to keep children apart; people's names have no digits.
          child: { ...n.child, familyName: n.child.familyName.replace(/\d+$/, '') },
        })),
    )
    .filter((stream) => stream.length > 0);
}

/** The decisions and tasks follow the last notification within seconds: wait until the queue stops growing. */
async function tasksSettled(): Promise<void> {
  const total = async () => ((await (await fetch(`${TRACKER}/v1/tasks?pageSize=1`, { headers: { authorization: `Bearer ${DEV_CMO_KEY}` } })).json()) as { total: number }).total;
  let last = -1;
  for (let i = 0; i < 30; i++) {
    const now = await total();
    if (now === last) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

async function claimSomeForTheDevelopmentCmo(count: number): Promise<number> {
  const auth = { authorization: `Bearer ${DEV_CMO_KEY}` };
  const page = (await (await fetch(`${TRACKER}/v1/tasks?status=OPEN&pageSize=${count}`, { headers: auth })).json()) as { items?: { id: string }[] };
  let claimed = 0;
  for (const task of page.items ?? []) {
    const res = await fetch(`${TRACKER}/v1/tasks/${task.id}/claim`, { method: 'POST', headers: auth });
    if (res.ok) claimed++;
  }
  return claimed;
}

async function main() {
  const children = recentMonth(new Date());
  const total = children.reduce((n, s) => n + s.length, 0);
  console.log(`Posting ${total} notifications for ${children.length} children to ${INGEST} …`);
  const report = await postAll(() => INGEST, devApiKey(), children, 8);
  console.log(`accepted ${report.accepted}, already had ${report.repeats}`);
  await tasksSettled();
  const claimed = await claimSomeForTheDevelopmentCmo(8);
  console.log(`claimed ${claimed} open tasks for the development CMO (cmo), so "My work" has some`);
  console.log(`Open the staff pages at http://localhost:${PORT_BASE + 4} (sign in as cmo, password homeward-dev-password).`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
