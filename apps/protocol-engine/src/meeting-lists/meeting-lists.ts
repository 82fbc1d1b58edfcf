import { createEnvelope, MeetingListChangedV1, Topics } from '@homeward/contracts';
import type { DecisionOutcome, ProtocolProfile } from '@homeward/protocol';
import { OutboxWriter, WakeUps } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { laterUntil, listingAfterWithdrawal, listingsOf, type Listing } from './listing';
import { MEETING_LIST_REVIEW, reviewWakeUp } from './meeting-list-review.wake-up';
import { MeetingListEntry } from './meeting-list-entry.entity';

export interface ListingDecision {
  childId: string;
  decisionId: string;
  policeReference: string;
  outcome: Pick<DecisionOutcome, 'listings' | 'firedRules' | 'facts'>;
  profile: ProtocolProfile;
  decidedAt: Date;
  correlationId: string;
  causationId: string;
  /** The decision's episode was withdrawn by the police: the child's listings are measured again without it. */
  withdrawn?: boolean;
}

export interface Leaving {
  at: Date;
  reason: string;
  /** `protocol`, or the manager's staff id. */
  by: string;
  /** A manager's own words: stored, never published. */
  note?: string;
  correlationId: string;
  causationId: string;
}

/**
 * Keeps the meeting lists in the caller's transaction (a helper the deciding use cases and the
 * list's own use cases share, not a use case): a decision's listings join the child or keep them
 * on (until moves, with a new review wake-up), a leaving closes the entry; each join and leave is
 * an outbox event.
 */
@Injectable()
export class MeetingLists {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly wakeUps: WakeUps,
  ) {}

  async record(em: EntityManager, d: ListingDecision): Promise<void> {
    if (d.outcome.listings.length === 0 && !d.withdrawn) return;
    const rows: { start: Date }[] = await em.query(
      `SELECT coalesce(missing_since, found_at) AS start FROM episodes
        WHERE child_id = $1 AND coalesce(missing_since, found_at) IS NOT NULL AND withdrawn_at IS NULL`,
      [d.childId],
    );
    const starts = rows.map((s) => new Date(s.start));
    if (d.withdrawn) await this.measureAgain(em, d, starts);
    const listedAt = new Date(d.outcome.facts.episodeStartAt);
    for (const listing of listingsOf(d.profile, d.outcome, starts, listedAt)) {
      const current = await em.findOne(MeetingListEntry, { where: { list: listing.list, childId: d.childId, leftAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (current) await this.keepOn(em, current, listing, d);
      else await this.join(em, listing, d);
    }
  }

  async leave(em: EntityManager, entry: MeetingListEntry, leaving: Leaving): Promise<void> {
    await em.update(MeetingListEntry, { id: entry.id }, { leftAt: leaving.at, leftReason: leaving.reason, leftBy: leaving.by, leftNote: leaving.note ?? null });
    await this.wakeUps.cancel(em, MEETING_LIST_REVIEW, entry.id);
    await this.publish(em, { ...entry, leftAt: leaving.at, leftReason: leaving.reason, leftBy: leaving.by }, 'LEFT', leaving);
  }

  private async measureAgain(em: EntityManager, d: ListingDecision, starts: Date[]): Promise<void> {
    const current = await em.find(MeetingListEntry, { where: { childId: d.childId, leftAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
    for (const entry of current) {
      const after = listingAfterWithdrawal(d.profile.rules.find((r) => r.id === entry.ruleId), entry, d.policeReference, starts, d.decidedAt);
      if (after === 'unchanged') continue;
      if ('leave' in after) {
        await this.leave(em, entry, { at: d.decidedAt, reason: after.leave, by: 'protocol', correlationId: d.correlationId, causationId: d.causationId });
        continue;
      }
      await em.update(MeetingListEntry, { id: entry.id }, { until: after.until });
      await this.wakeUps.schedule(em, reviewWakeUp(entry.id, after.until));
    }
  }

  private async join(em: EntityManager, listing: Listing, d: ListingDecision): Promise<void> {
    const entry: MeetingListEntry = {
      id: randomUUID(),
      list: listing.list,
      childId: d.childId,
      since: d.decidedAt,
      ruleId: listing.ruleId,
      reason: listing.reason,
      decisionId: d.decisionId,
      policeReference: d.policeReference,
      latestDecisionId: d.decisionId,
      until: listing.until,
      untilReason: listing.untilReason,
      leftAt: null,
      leftReason: null,
      leftBy: null,
    };
    await em.insert(MeetingListEntry, entry);
    if (entry.until) await this.wakeUps.schedule(em, reviewWakeUp(entry.id, entry.until));
    await this.publish(em, entry, 'JOINED', d);
  }

  /** Listed again while on the list: the stay is longer, not a new joining, so no event. */
  private async keepOn(em: EntityManager, entry: MeetingListEntry, listing: Listing, d: ListingDecision): Promise<void> {
    const until = laterUntil(entry.until, listing.until);
    await em.update(MeetingListEntry, { id: entry.id }, { latestDecisionId: d.decisionId, until, untilReason: listing.untilReason });
    if (until && until.getTime() !== entry.until?.getTime()) await this.wakeUps.schedule(em, reviewWakeUp(entry.id, until));
  }

  private async publish(em: EntityManager, e: MeetingListEntry, change: MeetingListChangedV1['change'], cause: { correlationId: string; causationId: string }): Promise<void> {
    const data: MeetingListChangedV1 = {
      entryId: e.id,
      list: e.list,
      childId: e.childId,
      change,
      since: e.since.toISOString(),
      until: e.until?.toISOString() ?? null,
      ruleId: e.ruleId,
      reason: e.reason,
      decisionId: e.decisionId,
      ...(e.leftAt && { leftAt: e.leftAt.toISOString(), leftReason: e.leftReason ?? undefined, leftBy: e.leftBy ?? undefined }),
    };
    await this.outbox.append(em, {
      topic: Topics.meetingListChanged,
      key: e.childId,
      aggregateType: 'meeting-list-entry',
      aggregateId: e.id,
      envelope: createEnvelope({ type: 'protocol.meeting-list-changed', version: 1, data, correlationId: cause.correlationId, causationId: cause.causationId, producer: 'protocol-engine' }),
    });
  }
}
