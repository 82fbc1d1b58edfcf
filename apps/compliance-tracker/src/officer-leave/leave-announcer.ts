import { createEnvelope, LeaveChangedV1, Topics } from '@homeward/contracts';
import { Correlation, OutboxWriter } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { LeaveView } from './leave.view';

/**
 * Tells other services how a leave now stands (recorded, changed, cancelled): alerting sends
 * what is meant for the officer to their cover meanwhile. `compliance.leave-changed.v1`, in the
 * caller's transaction, keyed by the leave's id so one leave's changes stay in order.
 */
@Injectable()
export class LeaveAnnouncer {
  constructor(private readonly outbox: OutboxWriter) {}

  async announce(em: EntityManager, leave: LeaveView, at: Date): Promise<LeaveView> {
    const data: LeaveChangedV1 = {
      leaveId: leave.id,
      officer: leave.officer,
      cover: leave.cover,
      startsAt: leave.startsAt,
      endsAt: leave.endsAt,
      cancelled: leave.cancelledAt !== null,
      changedAt: at.toISOString(),
    };
    await this.outbox.append(em, {
      topic: Topics.leaveChanged,
      key: leave.id,
      aggregateType: 'leave',
      aggregateId: leave.id,
      envelope: createEnvelope({ type: 'compliance.leave-changed', version: 1, data, occurredAt: at, correlationId: Correlation.currentOrNew(), producer: 'compliance-tracker' }),
    });
    return leave;
  }
}
