import { createTestEnvironment, TestEnvironment } from '@homeward/testing';
import { Client } from 'pg';
import { COMPLIANCE_CASES } from '../../test-support/compliance-cases';
import { compliantSql } from './compliance-rule';

describe('the compliance rule in SQL, as the figures count it', () => {
  let env: TestEnvironment;
  let db: Client;

  beforeAll(async () => {
    env = await createTestEnvironment();
    db = new Client({ connectionString: env.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await env?.dispose();
  });

  it('given every case of the rule as rows of tasks, then PostgreSQL judges each as the TypeScript rule does', async () => {
    const { rows } = await db.query<{ name: string; compliant: boolean }>(
      `SELECT name, ${compliantSql()} AS compliant
         FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::jsonb[]) AS tasks(name, type, due_at, outcome)`,
      [COMPLIANCE_CASES.map((c) => c.name), COMPLIANCE_CASES.map((c) => c.type), COMPLIANCE_CASES.map((c) => c.dueAt), COMPLIANCE_CASES.map((c) => JSON.stringify(c.outcome))],
    );
    expect(rows).toEqual(COMPLIANCE_CASES.map((c) => ({ name: c.name, compliant: c.compliant })));
  });
});
