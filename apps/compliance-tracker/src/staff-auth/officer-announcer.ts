import { createEnvelope, OfficerChangedV1, Topics } from '@homeward/contracts';
import { Correlation, OutboxWriter } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Officer } from './officer.entity';

/**
 * Tells other services (alerting: who holds each rung of the escalation ladder, and their names)
 * how the directory now holds these officers: `compliance.officer-changed.v1`, in the caller's
 * transaction, keyed by the officer's id.
 */
@Injectable()
export class OfficerAnnouncer {
  constructor(private readonly outbox: OutboxWriter) {}

  async announce(em: EntityManager, usernames: readonly string[], at: Date): Promise<void> {
    if (usernames.length === 0) return;
    const officers = await em.findBy(Officer, { username: In([...usernames]) });
    await this.outbox.append(
      em,
      ...officers.map((o) => {
        const data: OfficerChangedV1 = { username: o.username, displayName: o.displayName, role: o.role, ladderRole: o.ladderRole, disabled: o.disabledAt !== null, changedAt: at.toISOString() };
        return {
          topic: Topics.officerChanged,
          key: o.id,
          aggregateType: 'officer',
          aggregateId: o.id,
          envelope: createEnvelope({ type: 'compliance.officer-changed', version: 1, data, occurredAt: at, correlationId: Correlation.currentOrNew(), producer: 'compliance-tracker' }),
        };
      }),
    );
  }
}
