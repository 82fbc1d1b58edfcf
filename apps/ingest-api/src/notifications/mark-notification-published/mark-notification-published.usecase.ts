import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MarkNotificationPublishedCommand } from './mark-notification-published.command';

/**
 * Marks a notification published when ingest reads its own event back from the topic the
 * protocol engine consumes. Only the first copy finds published_at empty, so a redelivery
 * changes nothing without an inbox row.
 */
@Injectable()
export class MarkNotificationPublished {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: MarkNotificationPublishedCommand): Promise<void> {
    await this.dataSource.query(`UPDATE notifications SET published_at = now() WHERE id = $1 AND published_at IS NULL`, [command.ingestId]);
  }
}
