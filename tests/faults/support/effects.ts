import type { Client } from 'pg';

/**
 * Everything the system did, as comparable lines: ids differ between runs, so each effect is
 * described by the police reference and what a user sees (types, deadlines, recipients).
 */
export interface Effects {
  episodes: string[];
  decisions: string[];
  tasks: string[];
  taskEvents: string[];
  alerts: string[];
}

const lines = async (db: Client, sql: string): Promise<string[]> =>
  ((await db.query<{ line: string }>(sql)).rows.map((r) => r.line)).sort();

export async function snapshotEffects(db: Client): Promise<Effects> {
  return {
    episodes: await lines(
      db,
      `SELECT concat_ws('|', police_reference, missing_since, found_at, risk_level, array_to_string(vulnerabilities, ','), care_status) AS line
       FROM protocol.episodes`,
    ),
    decisions: await lines(
      db,
      `SELECT concat_ws('|', d.police_reference, d.cause->>'kind', d.effective_risk, array_to_string(d.alerts, ','),
              (SELECT string_agg(a->>'taskType' || ':' || (a->>'priority') || ':' || (a->'deadline'->>'amount') || ':' || (a->>'anchorAt'), ',' ORDER BY a->>'taskType')
               FROM jsonb_array_elements(d.required_actions) a)) AS line
       FROM protocol.decisions d`,
    ),
    tasks: await lines(
      db,
      `SELECT concat_ws('|', police_reference, type, status, priority, due_at, array_to_string(reasons, ',')) AS line FROM compliance.tasks`,
    ),
    taskEvents: await lines(
      db,
      `SELECT concat_ws('|', t.police_reference, t.type, o.topic) AS line
       FROM compliance.outbox o JOIN compliance.tasks t ON t.id::text = o.aggregate_id`,
    ),
    alerts: await lines(db, `SELECT concat_ws('|', police_reference, kind, recipient) AS line FROM alerting.alerts`),
  };
}

/** Effects in one run and not the other, both ways, per kind. */
export function differences(expected: Effects, actual: Effects): Record<keyof Effects, { missing: string[]; extra: string[] }> {
  const diff = (a: string[], b: string[]) => {
    const remaining = new Map<string, number>();
    for (const x of b) remaining.set(x, (remaining.get(x) ?? 0) + 1);
    const missing: string[] = [];
    for (const x of a) {
      const n = remaining.get(x) ?? 0;
      if (n > 0) remaining.set(x, n - 1);
      else missing.push(x);
    }
    const extra = [...remaining].flatMap(([x, n]) => Array<string>(n).fill(x));
    return { missing, extra };
  };
  return Object.fromEntries(
    (Object.keys(expected) as (keyof Effects)[]).map((k) => [k, diff(expected[k], actual[k])]),
  ) as Record<keyof Effects, { missing: string[]; extra: string[] }>;
}

export const countOf = (effects: Effects) =>
  Object.fromEntries(Object.entries(effects).map(([k, v]) => [k, (v as string[]).length])) as Record<keyof Effects, number>;

/**
 * Settled: every outbox row published, every accepted notification decided, every consumer
 * group caught up (`uncommitted` is empty), no wake-up due now or in the next few seconds (a
 * job held by a killed worker runs only once BullMQ finds it stalled, up to a minute later; an
 * escalation raises the next one a second on), and the effects unchanged across consecutive looks.
 */
export async function waitUntilSettled(
  db: Client,
  options: { timeoutMs: number; uncommitted: () => Promise<Record<string, number>>; stableLooks?: number; intervalMs?: number },
): Promise<Effects> {
  const deadline = Date.now() + options.timeoutMs;
  let previous = '';
  let stable = 0;
  for (;;) {
    const pending = await db.query<{ n: number }>(
      `SELECT ((SELECT count(*) FROM ingest.outbox WHERE processed_at IS NULL)
            + (SELECT count(*) FROM protocol.outbox WHERE processed_at IS NULL)
            + (SELECT count(*) FROM compliance.outbox WHERE processed_at IS NULL)
            + (SELECT count(*) FROM protocol.wake_ups WHERE due_at <= now() + interval '5 seconds')
            + (SELECT count(*) FROM compliance.wake_ups WHERE due_at <= now() + interval '5 seconds')
            + (SELECT count(*) FROM alerting.wake_ups WHERE due_at <= now() + interval '5 seconds')
            + ((SELECT count(*) FROM ingest.notifications)
               - (SELECT count(*) FROM protocol.decisions WHERE cause->>'kind' = 'notification')))::int AS n`,
    );
    const uncommitted = await options.uncommitted();
    const effects = await snapshotEffects(db);
    const fingerprint = JSON.stringify(countOf(effects)) + JSON.stringify(effects).length;
    const idle = pending.rows[0].n === 0 && Object.keys(uncommitted).length === 0;
    stable = idle && fingerprint === previous ? stable + 1 : 0;
    previous = fingerprint;
    if (stable >= (options.stableLooks ?? 3)) return effects;
    if (Date.now() > deadline) {
      throw new Error(
        `not settled after ${options.timeoutMs} ms: ${pending.rows[0].n} pending, uncommitted ${JSON.stringify(uncommitted)}, counts ${JSON.stringify(countOf(effects))}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 2_000));
  }
}
