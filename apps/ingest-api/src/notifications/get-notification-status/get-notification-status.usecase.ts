import { TaskType, TaskTypes } from '@homeward/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { ProcessingState } from '../notification.entity';

export class NotificationStatusDto {
  @ApiProperty({ format: 'uuid', example: '0f8fad5b-d9cb-469f-a165-70867728950e' })
  id: string;

  @ApiProperty({ example: 'NICHE-2026-000123-01' })
  notificationId: string;

  @ApiProperty({
    enum: ['accepted', 'published', 'decided'],
    description: 'accepted: stored; published: handed to the protocol engine; decided: the protocol has decided the work',
  })
  status: ProcessingState;

  @ApiProperty({ example: '2026-06-01T19:02:11.000Z' })
  receivedAt: string;

  @ApiProperty({ nullable: true, description: 'When the notification was handed to the protocol engine', example: '2026-06-01T19:02:11.250Z' })
  publishedAt: string | null;

  @ApiPropertyOptional({ description: 'When the protocol decided, once known', example: '2026-06-01T19:02:12.000Z' })
  decidedAt?: string;

  @ApiPropertyOptional({ enum: TaskTypes, isArray: true, description: 'The work the decision asked for, once decided', example: ['STRATEGY_DISCUSSION'] })
  taskTypes?: TaskType[];
}

interface StatusRow {
  id: string;
  notification_id: string;
  received_at: Date;
  processed_at: Date | null;
  decided_at: Date | null;
  task_types: TaskType[] | null;
}

/** Shows a force the processing state of a notification it sent, and nothing of anyone else's. */
@Injectable()
export class GetNotificationStatus {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: { force: string; id: string }): Promise<NotificationStatusDto> {
    const rows: StatusRow[] = await this.dataSource.query(
      `SELECT n.id, n.notification_id, n.received_at, n.decided_at, n.task_types, o.processed_at
       FROM notifications n LEFT JOIN outbox o ON o.aggregate_id = n.id::text
       WHERE n.id = $1 AND n.force = $2`,
      [query.id, query.force],
    );
    const row = rows[0];
    if (!row) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such notification for this force' });
    const status: NotificationStatusDto = {
      id: row.id,
      notificationId: row.notification_id,
      status: row.decided_at ? 'decided' : row.processed_at ? 'published' : 'accepted',
      receivedAt: row.received_at.toISOString(),
      publishedAt: row.processed_at?.toISOString() ?? null,
    };
    return row.decided_at ? { ...status, decidedAt: row.decided_at.toISOString(), taskTypes: row.task_types ?? [] } : status;
  }
}
