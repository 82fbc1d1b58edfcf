import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A time-based rule waits for a quiet episode: it reads the episode's last applied notification
 * each time it fires. Without this index that read scanned every notification ever applied.
 */
export class AppliedNotificationsByEpisode1764200000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX applied_notifications_episode ON applied_notifications (episode_id, decided_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX applied_notifications_episode`);
  }
}
