import { createInboxTable, createOutboxTable } from '@homeward/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialCompliance1764000000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY,
        action_key text NOT NULL UNIQUE,
        decision_id uuid NOT NULL,
        child_id uuid NOT NULL,
        episode_id uuid NOT NULL,
        police_reference text NOT NULL,
        type text NOT NULL,
        status text NOT NULL,
        priority text NOT NULL,
        due_at timestamptz NOT NULL,
        deadline_rule jsonb NOT NULL,
        anchor_at timestamptz NOT NULL,
        reasons text[] NOT NULL,
        responsible_authority text,
        assignee text,
        superseded_by uuid REFERENCES tasks (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX tasks_queue ON tasks (status, due_at)`);
    await runner.query(`CREATE INDEX tasks_episode ON tasks (episode_id, type)`);
    await runner.query(`CREATE INDEX tasks_police_reference ON tasks (police_reference)`);
    await runner.query(`
      CREATE TABLE task_history (
        id bigserial PRIMARY KEY,
        task_id uuid NOT NULL REFERENCES tasks (id),
        at timestamptz NOT NULL,
        actor text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}'
      )`);
    await runner.query(`CREATE INDEX task_history_task ON task_history (task_id, at)`);
    await createInboxTable(runner);
    await createOutboxTable(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE outbox, inbox, task_history, tasks`);
  }
}
