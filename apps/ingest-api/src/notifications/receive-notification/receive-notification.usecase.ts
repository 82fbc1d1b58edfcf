import { childKey, createEnvelope, NotificationReceivedV1, Topics } from '@homeward/contracts';
import { OutboxWriter, UnitOfWork } from '@homeward/platform';
import { ConflictException, Injectable } from '@nestjs/common';
import { instanceToPlain } from 'class-transformer';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager, QueryFailedError } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { IngestConfig } from '../../ingest.config';
import { NotificationRecord } from '../notification.entity';
import { ReceiveNotificationCommand } from './receive-notification.command';

export interface ReceiveNotificationResult {
  id: string;
  /** False when this was a repeat of an accepted notification (a police retry). */
  created: boolean;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

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
    const bodyHash = createHash('sha256').update(canonicalJson(body)).digest('hex');
    try {
      return await this.unitOfWork.run((em) => this.accept(em, command, body, bodyHash));
    } catch (error) {
      // Two deliveries of one message raced; the loser answers like a retry.
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.unitOfWork.run((em) => this.acceptedBefore(em, command, bodyHash));
      if (!winner) throw error;
      return { id: winner.id, created: false };
    }
  }

  private async accept(
    em: EntityManager,
    command: ReceiveNotificationCommand,
    body: Record<string, unknown>,
    bodyHash: string,
  ): Promise<ReceiveNotificationResult> {
    const repeat = await this.acceptedBefore(em, command, bodyHash);
    if (repeat) return { id: repeat.id, created: false };
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
    await em.insert(NotificationRecord, record as QueryDeepPartialEntity<NotificationRecord>);
    const data: NotificationReceivedV1 = {
      ...(body as Omit<NotificationReceivedV1, 'ingestId' | 'force' | 'receivedAt' | 'vulnerabilities'>),
      vulnerabilities: n.vulnerabilities ?? [],
      ingestId: record.id,
      force: command.force,
      receivedAt: command.receivedAt.toISOString(),
    };
    await this.outbox.append(em, {
      topic: Topics.notificationReceived,
      key: childKey(this.config.childKeySecret, n.child),
      aggregateType: 'notification',
      aggregateId: record.id,
      envelope: createEnvelope({
        type: 'police.notification-received',
        version: 1,
        data,
        correlationId: command.correlationId,
        producer: 'ingest-api',
      }),
    });
    return { id: record.id, created: true };
  }

  /** The same notification accepted earlier, if any; the same id with another body is a conflict. */
  private async acceptedBefore(em: EntityManager, command: ReceiveNotificationCommand, bodyHash: string): Promise<NotificationRecord | null> {
    const existing = await em.findOne(NotificationRecord, {
      where: { force: command.force, notificationId: command.notification.notificationId },
    });
    if (existing && existing.bodyHash !== bodyHash) {
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
