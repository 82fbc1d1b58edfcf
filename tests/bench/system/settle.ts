import type { Client } from 'pg';

/** Cheap counts (the fault tests' waitUntilSettled compares every row, too slow at 400,000). */
async function counts(db: Client): Promise<{ pending: number; rows: string }> {
  const { rows } = await db.query<{ pending: number; decisions: number; tasks: number; alerts: number }>(
    `SELECT ((SELECT count(*) FROM ingest.outbox WHERE processed_at IS NULL)
           + (SELECT count(*) FROM protocol.outbox WHERE processed_at IS NULL)
           + (SELECT count(*) FROM compliance.outbox WHERE processed_at IS NULL)
           + (SELECT count(*) FROM ingest.notifications) - (SELECT count(*) FROM protocol.applied_notifications))::int AS pending,
            (SELECT count(*) FROM protocol.decisions)::int AS decisions,
            (SELECT count(*) FROM compliance.tasks)::int AS tasks,
            (SELECT count(*) FROM alerting.alerts)::int AS alerts`,
  );
  const { pending, ...rest } = rows[0];
  return { pending, rows: JSON.stringify(rest) };
}

/**
 * Waits until every accepted notification is decided, every outbox row published and the
 * decision, task and alert counts stay the same for `stableLooks` looks. Returns the wait in ms.
 */
export async function waitForQuiet(db: Client, timeoutMs: number, onLook?: (pending: number) => void, intervalMs = 1_000, stableLooks = 3): Promise<number> {
  const started = Date.now();
  let previous = '';
  let stable = 0;
  for (;;) {
    const now = await counts(db);
    onLook?.(now.pending);
    stable = now.pending === 0 && now.rows === previous ? stable + 1 : 0;
    previous = now.rows;
    if (stable >= stableLooks) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`not quiet after ${timeoutMs} ms: ${now.pending} pending, ${now.rows}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
