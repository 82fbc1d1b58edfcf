import { Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { ProcessingState } from '../notification.entity';

export class NotificationStatusDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  notificationId: string;

  @ApiProperty({ enum: ['accepted', 'published', 'decided'] })
  status: ProcessingState;

  @ApiProperty()
  receivedAt: string;

  @ApiProperty({ nullable: true, description: 'When the notification was handed to the protocol engine' })
  publishedAt: string | null;
}

/** Shows a force the processing state of a notification it sent, and nothing of anyone else's. */
@Injectable()
export class GetNotificationStatus {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: { force: string; id: string }): Promise<NotificationStatusDto> {
    const rows: { id: string; notification_id: string; received_at: Date; processed_at: Date | null }[] = await this.dataSource.query(
      `SELECT n.id, n.notification_id, n.received_at, o.processed_at
       FROM notifications n LEFT JOIN outbox o ON o.aggregate_id = n.id::text
       WHERE n.id = $1 AND n.force = $2`,
      [query.id, query.force],
    );
    const row = rows[0];
    if (!row) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such notification for this force' });
    return {
      id: row.id,
      notificationId: row.notification_id,
      status: row.processed_at ? 'published' : 'accepted',
      receivedAt: row.received_at.toISOString(),
      publishedAt: row.processed_at?.toISOString() ?? null,
    };
  }
}
