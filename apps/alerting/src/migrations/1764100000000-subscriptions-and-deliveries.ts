import { createDeadLetterTable } from '@homeward/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** DOMAIN.md's default routing, in the feed; e-mail and webhook channels are each authority's to add. */
const DEFAULTS: [kind: string, role: string][] = [
  ['HIGH_RISK', 'CHILDREN_MISSING_OFFICER'],
  ['HIGH_RISK', 'DUTY_SOCIAL_WORK'],
  ['HIGH_RISK', 'CSC_SENIOR_MANAGER'],
  ['HIGH_RISK', 'POLICE_SENIOR_MANAGER'],
  ['EXPLOITATION', 'CHILDREN_MISSING_OFFICER'],
  ['EXPLOITATION', 'DUTY_SOCIAL_WORK'],
  ['EXPLOITATION', 'CSE_COORDINATOR'],
  ['PLACED_IN_WITHOUT_NOTICE', 'CHILDREN_MISSING_OFFICER'],
  ['PLACED_IN_WITHOUT_NOTICE', 'PLACING_AUTHORITY_CONTACT'],
  ['PERSISTENT_MISSING', 'CHILDREN_MISSING_OFFICER'],
  ['TASK_REMINDER', 'CHILDREN_MISSING_OFFICER'],
  ['TASK_OVERDUE', 'CHILDREN_MISSING_OFFICER'],
  ['TASK_OVERDUE', 'TEAM_MANAGER'],
  ['TASK_ESCALATED', 'TEAM_MANAGER'],
  ['TASK_ESCALATED', 'SERVICE_MANAGER'],
  ['HIGH_RISK_UNACKNOWLEDGED', 'TEAM_MANAGER'],
  ['HIGH_RISK_UNACKNOWLEDGED', 'SERVICE_MANAGER'],
  ['HIGH_RISK_UNACKNOWLEDGED', 'DIRECTOR_OF_CHILDRENS_SERVICES'],
];

export class SubscriptionsAndDeliveries1764100000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        recipient_type text NOT NULL CHECK (recipient_type IN ('ROLE', 'PERSON')),
        recipient text NOT NULL,
        channels jsonb NOT NULL,
        responsible_authority text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX subscriptions_kind ON subscriptions (kind)`);
    for (const [kind, role] of DEFAULTS) {
      await runner.query(`INSERT INTO subscriptions (kind, recipient_type, recipient, channels) VALUES ($1, 'ROLE', $2, '[{"type":"FEED"}]')`, [kind, role]);
    }
    await runner.query(`
      ALTER TABLE alerts
        ADD COLUMN task_id uuid,
        ADD COLUMN responsible_authority text,
        ADD COLUMN escalation_of uuid REFERENCES alerts (id),
        ADD COLUMN escalate_at timestamptz,
        ADD COLUMN escalated_at timestamptz`);
    await runner.query(`CREATE INDEX alerts_escalation_due ON alerts (escalate_at) WHERE escalate_at IS NOT NULL AND escalated_at IS NULL`);
    await runner.query(`
      CREATE TABLE deliveries (
        id uuid PRIMARY KEY,
        alert_id uuid NOT NULL REFERENCES alerts (id),
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'WEBHOOK', 'FEED')),
        target text NOT NULL,
        secret text,
        status text NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sending_since timestamptz,
        sent_at timestamptz,
        failed_at timestamptz,
        created_at timestamptz NOT NULL,
        UNIQUE (alert_id, channel, target)
      )`);
    await runner.query(`CREATE INDEX deliveries_unfinished ON deliveries (created_at) WHERE status IN ('PENDING', 'SENDING')`);
    await createDeadLetterTable(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE dead_letter, deliveries, subscriptions`);
    await runner.query(`ALTER TABLE alerts DROP COLUMN task_id, DROP COLUMN responsible_authority, DROP COLUMN escalation_of, DROP COLUMN escalate_at, DROP COLUMN escalated_at`);
  }
}
