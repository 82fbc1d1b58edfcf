import { bodyHashOf, OutboxWriter, UnitOfWork } from '@homeward/platform';
import { ConflictException, Injectable } from '@nestjs/common';
import { instanceToPlain } from 'class-transformer';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { IngestConfig } from '../../ingest.config';
import { NotificationRecord } from '../notification.entity';
import { notificationReceivedEvent } from '../notification-received-event';
import { ReceiveNotificationCommand } from './receive-notification.command';

export interface ReceiveNotificationResult {
  id: string;
  /** False when this was a repeat of an accepted notification (a police retry). */
  created: boolean;
}

/**
 * Accepts a police notification: the record and its outbox event commit together, so a 2xx
 * means it will reach the protocol. A retry of the same message is recognised, not re-sent.
 */
@Injectable()
export class ReceiveNotification {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxWriter,
    private readonly config: IngestConfig,
  ) {}

  async execute(command: ReceiveNotificationCommand): Promise<ReceiveNotificationResult> {
    const body = instanceToPlain(command.notification) as Record<string, unknown>;
    const bodyHash = bodyHashOf(body);
    return this.unitOfWork.run((em) => this.accept(em, command, body, bodyHash));
  }

  private async accept(
    em: EntityManager,
    command: ReceiveNotificationCommand,
    body: Record<string, unknown>,
    bodyHash: string,
  ): Promise<ReceiveNotificationResult> {
    const n = command.notification;
    const record = em.create(NotificationRecord, {
      id: randomUUID(),
      force: command.force,
      notificationId: n.notificationId,
      type: n.type,
      bodyHash,
      body,
      correlationId: command.correlationId,
    });
    // Insert first, look only on a conflict: a new notification (the usual case) costs one round
    // trip, and a concurrent twin waits for the first to commit, then finds it.
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(NotificationRecord)
      .values(record as QueryDeepPartialEntity<NotificationRecord>)
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((inserted.raw as unknown[]).length === 0) {
      const repeat = await this.acceptedBefore(em, command, bodyHash);
      return { id: repeat.id, created: false };
    }
    await this.outbox.append(
      em,
      notificationReceivedEvent(this.config.childKeySecret, { ingestId: record.id, force: command.force, body, receivedAt: command.receivedAt, correlationId: command.correlationId }),
    );
    return { id: record.id, created: true };
  }

  /** The notification this force sent under the same id; the same id with another body is a conflict. */
  private async acceptedBefore(em: EntityManager, command: ReceiveNotificationCommand, bodyHash: string): Promise<NotificationRecord> {
    const existing = await em.findOneOrFail(NotificationRecord, {
      where: { force: command.force, notificationId: command.notification.notificationId },
    });
    if (existing.bodyHash !== bodyHash) {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: 'notificationId was already accepted with a different body',
        problems: [{ field: 'notificationId', reason: 'already used by this force for a different notification' }],
      });
    }
    return existing;
  }
}
