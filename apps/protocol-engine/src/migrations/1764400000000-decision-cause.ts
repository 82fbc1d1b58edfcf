import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A decision says what caused it in its own field (as the decision-made event does), not as a
 * `notification:<ingestId>` or `timer:<kind>:<timerId>` string others had to parse.
 */
export class DecisionCause1764400000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE decisions ADD COLUMN cause jsonb`);
    await runner.query(`
      UPDATE decisions d SET cause = CASE
        WHEN d.trigger LIKE 'timer:%' THEN jsonb_build_object('kind', 'timer', 'timer', split_part(d.trigger, ':', 2), 'timerId', split_part(d.trigger, ':', 3))
        ELSE jsonb_build_object('kind', 'notification', 'ingestId', substr(d.trigger, 14),
               'notificationId', (SELECT an.notification_id FROM applied_notifications an WHERE an.ingest_id = substr(d.trigger, 14) LIMIT 1))
      END`);
    await runner.query(`ALTER TABLE decisions ALTER COLUMN cause SET NOT NULL, DROP COLUMN trigger`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE decisions ADD COLUMN trigger text`);
    await runner.query(`
      UPDATE decisions SET trigger = CASE cause->>'kind'
        WHEN 'timer' THEN concat('timer:', cause->>'timer', ':', cause->>'timerId')
        ELSE concat('notification:', cause->>'ingestId')
      END`);
    await runner.query(`ALTER TABLE decisions ALTER COLUMN trigger SET NOT NULL, DROP COLUMN cause`);
  }
}
