import { childKey, createEnvelope, PlacementNoticeReceivedV1, Topics } from '@homeward/contracts';
import { bodyHashOf, OutboxWriter, UnitOfWork } from '@homeward/platform';
import { ConflictException, Injectable } from '@nestjs/common';
import { instanceToPlain } from 'class-transformer';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { IngestConfig } from '../../ingest.config';
import { PlacementNoticeRecord } from '../placement-notice.entity';
import { senderKey } from '../placement-notice-sender';
import { ReceivePlacementNoticeCommand } from './receive-placement-notice.command';

export interface ReceivePlacementNoticeResult {
  id: string;
  /** False for a repeat of an accepted notice id from the same sender. */
  created: boolean;
}

/**
 * Accepts a placement notice: the record and its outbox event commit together, so a 2xx means
 * protocol-engine will match it to the child. A retry of the same notice is recognised, not re-sent.
 */
@Injectable()
export class ReceivePlacementNotice {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxWriter,
    private readonly config: IngestConfig,
  ) {}

  execute(command: ReceivePlacementNoticeCommand): Promise<ReceivePlacementNoticeResult> {
    const body = instanceToPlain(command.notice) as Record<string, unknown>;
    return this.unitOfWork.run((em) => this.accept(em, command, body, bodyHashOf(body)));
  }

  private async accept(em: EntityManager, command: ReceivePlacementNoticeCommand, body: Record<string, unknown>, bodyHash: string): Promise<ReceivePlacementNoticeResult> {
    const n = command.notice;
    const sender = senderKey(command.sender);
    const id = randomUUID();
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(PlacementNoticeRecord)
      .values({ id, sender, noticeId: n.noticeId, bodyHash, body, correlationId: command.correlationId, receivedAt: command.receivedAt } as never)
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return { id: (await this.acceptedBefore(em, sender, n.noticeId, bodyHash)).id, created: false };

    const data: PlacementNoticeReceivedV1 = {
      placementNoticeId: id,
      noticeId: n.noticeId,
      sender,
      receivedAt: command.receivedAt.toISOString(),
      child: { ...n.child },
      placingAuthority: n.placingAuthority.toUpperCase(),
      placementStart: n.placementStart,
      placementEnd: n.placementEnd ?? null,
      provider: { name: n.provider.name, kind: n.provider.kind },
      riskAssessmentProvided: n.riskAssessmentProvided,
      riskManagementPlanProvided: n.riskManagementPlanProvided,
    };
    await this.outbox.append(em, {
      topic: Topics.placementNoticeReceived,
      key: childKey(this.config.childKeySecret, n.child),
      aggregateType: 'placement-notice',
      aggregateId: id,
      envelope: createEnvelope({ type: 'placement.notice-received', version: 1, data, correlationId: command.correlationId, producer: 'ingest-api' }),
    });
    return { id, created: true };
  }

  private async acceptedBefore(em: EntityManager, sender: string, noticeId: string, bodyHash: string): Promise<PlacementNoticeRecord> {
    const existing = await em.findOneOrFail(PlacementNoticeRecord, { where: { sender, noticeId } });
    if (existing.bodyHash !== bodyHash) {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: 'noticeId was already accepted with a different body',
        problems: [{ field: 'noticeId', reason: 'already used by this sender for a different notice' }],
      });
    }
    return existing;
  }
}
