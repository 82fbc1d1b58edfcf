import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reads of an episode's decisions, a child's episodes and a child's corrections are recorded as views too. */
export class ViewsOfDecisionsEpisodesChanges1764950000000 implements MigrationInterface {
  name = 'ViewsOfDecisionsEpisodesChanges1764950000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE child_record_views DROP CONSTRAINT child_record_views_purpose_check`);
    await runner.query(
      `ALTER TABLE child_record_views ADD CONSTRAINT child_record_views_purpose_check CHECK (purpose IN ('LIST', 'SEARCH', 'RECORD', 'TASK', 'MEETING_LIST', 'DECISIONS', 'EPISODES', 'CHANGES'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM child_record_views WHERE purpose IN ('DECISIONS', 'EPISODES', 'CHANGES')`);
    await runner.query(`ALTER TABLE child_record_views DROP CONSTRAINT child_record_views_purpose_check`);
    await runner.query(`ALTER TABLE child_record_views ADD CONSTRAINT child_record_views_purpose_check CHECK (purpose IN ('LIST', 'SEARCH', 'RECORD', 'TASK', 'MEETING_LIST'))`);
  }
}
