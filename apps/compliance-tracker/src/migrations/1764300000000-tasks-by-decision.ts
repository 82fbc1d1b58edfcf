import { MigrationInterface, QueryRunner } from 'typeorm';

/** "What came of this decision": the tasks a decision made, without scanning every task. */
export class TasksByDecision1764300000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX tasks_decision ON tasks (decision_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX tasks_decision`);
  }
}
