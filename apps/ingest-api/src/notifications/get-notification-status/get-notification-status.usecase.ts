import { TaskType, TaskTypes } from '@homeward/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { NotificationRecord, ProcessingState } from '../notification.entity';

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

/** Shows a force the processing state of a notification it sent, and nothing of anyone else's. */
@Injectable()
export class GetNotificationStatus {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: { force: string; id: string }): Promise<NotificationStatusDto> {
    const row = await this.dataSource.getRepository(NotificationRecord).findOne({
      select: { id: true, notificationId: true, receivedAt: true, publishedAt: true, decidedAt: true, taskTypes: true },
      where: { id: query.id, force: query.force },
    });
    if (!row) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such notification for this force' });
    const status: NotificationStatusDto = {
      id: row.id,
      notificationId: row.notificationId,
      status: row.decidedAt ? 'decided' : row.publishedAt ? 'published' : 'accepted',
      receivedAt: row.receivedAt.toISOString(),
      publishedAt: row.publishedAt?.toISOString() ?? null,
    };
    return row.decidedAt ? { ...status, decidedAt: row.decidedAt.toISOString(), taskTypes: row.taskTypes ?? [] } : status;
  }
}
