/**
 * Helpers for ingest-api's tests: a valid notification to vary, HTTP calls as a police
 * system makes them, and row counts straight from the suite's database.
 */
import { call, waitFor } from '@homeward/testing';
import { Client } from 'pg';
import { randomUUID } from 'node:crypto';

export { call, fieldsOf } from '@homeward/testing';
export type { Answer, Problem } from '@homeward/testing';

/** A notification a force could really send, as of a clock at 2026-06-02T12:00:00Z. */
export function validNotification(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    notificationId: `N-${randomUUID()}`,
    type: 'MISSING_REPORTED',
    policeReference: 'NT/26/004512',
    occurredAt: '2026-06-01T19:00:00Z',
    child: { givenName: 'Jordan', familyName: "O'Neill", dateOfBirth: '2012-04-17' },
    riskLevel: 'HIGH',
    careStatus: 'LOOKED_AFTER',
    responsibleAuthority: 'E10000024',
    missingFrom: 'FOSTER_CARE',
    vulnerabilities: ['CSE'],
    location: { postcode: 'NG1 5FT', description: 'Bus station' },
    ...overrides,
  };
}

export const postNotification = (baseUrl: string, key: string, body: unknown) => call(`${baseUrl}/v1/notifications`, { key, body });

/** Notification and outbox rows in the ingest schema of one database. */
export class IngestRows {
  private constructor(
    private readonly client: Client,
    private readonly databaseUrl: string,
  ) {}

  static async open(databaseUrl: string): Promise<IngestRows> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    return new IngestRows(client, databaseUrl);
  }

  /**
   * Kills a consumer mid-work: holds the notification's row while `deliver` sets the consumer
   * going, terminates its connection once it waits on the row in `UPDATE notifications … SET
   * <column>`, then lets go. Only a redelivery can then record the effect.
   */
  async killUpdateMidWork(id: string, column: string, deliver: () => Promise<void>): Promise<void> {
    const blocker = new Client({ connectionString: this.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT 1 FROM ingest.notifications WHERE id = $1 FOR UPDATE', [id]);
      await deliver();
      const stuck = await waitFor(
        async () =>
          (
            await this.query<{ pid: number }>(
              `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE $1`,
              [`UPDATE notifications%SET ${column}%`],
            )
          )[0]?.pid,
        { timeoutMs: 30_000, description: `consumer blocked setting ${column}` },
      );
      await this.query('SELECT pg_terminate_backend($1)', [stuck]);
      await blocker.query('ROLLBACK');
    } finally {
      await blocker.end();
    }
  }

  async counts(): Promise<{ notifications: number; outbox: number }> {
    const { rows } = await this.client.query(
      `SELECT (SELECT count(*)::int FROM ingest.notifications) AS notifications, (SELECT count(*)::int FROM ingest.outbox) AS outbox`,
    );
    return rows[0] as { notifications: number; outbox: number };
  }

  async query<R>(sql: string, params: unknown[] = []): Promise<R[]> {
    return (await this.client.query(sql, params)).rows as R[];
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/**
 * Ready means the Kafka consumer has joined its group. Tests wait for it before closing the
 * app: a consumer stopped while still joining is restarted by kafkajs and outlives the test.
 */
export async function isReady(baseUrl: string): Promise<boolean> {
  const res = await fetch(`${baseUrl}/health/ready`);
  await res.arrayBuffer();
  return res.status === 200;
}
