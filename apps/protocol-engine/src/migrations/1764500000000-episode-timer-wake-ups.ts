import { createWakeUpTable } from '@homeward/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Time-based rules wake through the platform's wake-ups. Pending timers carry across the
 * upgrade: each becomes its wake-up, versioned by its due instant as the service schedules them
 * (the old BullMQ alarms are left to expire unread).
 */
export class EpisodeTimerWakeUps1764500000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createWakeUpTable(runner);
    await runner.query(`
      INSERT INTO wake_ups (kind, subject_id, version, due_at)
      SELECT 'episode-timer', id::text, floor(extract(epoch FROM due_at) * 1000)::bigint, due_at FROM episode_timers WHERE fired_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE wake_ups`);
  }
}
