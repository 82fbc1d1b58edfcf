import { ChildrenMergedV1, createEnvelope, Topics } from '@homeward/contracts';
import { OutboxWriter } from '@homeward/platform';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { recordChildChange } from './child-changes';
import { CHILD_COLUMNS } from './child-columns';
import type { Child } from './child.entity';

export interface Merge {
  survivorId: string;
  mergedId: string;
  actor: string;
  at: Date;
  correlationId: string;
  causationId?: string;
}

export interface MergeResult {
  survivor: Child;
  mergeId: string;
  episodesMoved: number;
}

/**
 * What belongs to a child and moves to the survivor: the protocol's history of them, their
 * placement notices, meeting-list entries and allocated-worker history. Who viewed which record
 * stays as it was.
 */
const MOVED_WITH_THE_CHILD = ['episodes', 'applied_notifications', 'notification_details', 'decisions', 'placement_notices', 'meeting_list_entries', 'allocated_worker_history'] as const;

/**
 * Merges two records of one child in the caller's transaction: the merged record's episodes,
 * notifications and decisions move to the survivor (so repeat counts include both), the merged
 * row stays with `merged_into` (its id and key resolve to the survivor), both records' changes
 * say who merged which, and `protocol.children-merged.v1` tells the other services.
 */
@Injectable()
export class ChildMerger {
  constructor(private readonly outbox: OutboxWriter) {}

  async merge(em: EntityManager, m: Merge): Promise<MergeResult> {
    if (m.survivorId === m.mergedId) throw new ConflictException({ statusCode: 409, error: 'Conflict', message: 'a record cannot be merged into itself' });
    // Both rows locked in one order, so two merges (or a merge and a notification) queue.
    const rows: Child[] = await em.query(`SELECT ${CHILD_COLUMNS} FROM children WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [[m.survivorId, m.mergedId]]);
    const survivor = rows.find((c) => c.id === m.survivorId);
    const merged = rows.find((c) => c.id === m.mergedId);
    if (!survivor || !merged) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such child' });
    const already = survivor.mergedInto ?? merged.mergedInto;
    if (already) {
      throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `child ${already === survivor.mergedInto ? survivor.id : merged.id} was already merged into another record` });
    }

    // One current entry per list and child: where the survivor is on the list already, the merged record's entry ends.
    await em.query(
      `UPDATE meeting_list_entries m SET left_at = $3, left_reason = 'Merged into another record of the same child, already on this list', left_by = $4
        WHERE m.child_id = $2 AND m.left_at IS NULL
          AND EXISTS (SELECT 1 FROM meeting_list_entries s WHERE s.child_id = $1 AND s.list = m.list AND s.left_at IS NULL)`,
      [survivor.id, merged.id, m.at, m.actor],
    );
    // The survivor's allocated worker stands; the merged record's is taken only when the survivor has none.
    await em.query(`UPDATE allocated_workers SET child_id = $1 WHERE child_id = $2 AND NOT EXISTS (SELECT 1 FROM allocated_workers WHERE child_id = $1)`, [survivor.id, merged.id]);
    await em.query(`DELETE FROM allocated_workers WHERE child_id = $1`, [merged.id]);
    let episodesMoved = 0;
    for (const table of MOVED_WITH_THE_CHILD) {
      const [, count]: [unknown, number] = await em.query(`UPDATE ${table} SET child_id = $1 WHERE child_id = $2`, [survivor.id, merged.id]);
      if (table === 'episodes') episodesMoved = count;
    }
    // Records merged into this one before now follow it to the survivor.
    await em.query(`UPDATE children SET merged_into = $1 WHERE merged_into = $2`, [survivor.id, merged.id]);
    await em.query(`UPDATE children SET merged_into = $1, merged_at = $2 WHERE id = $3`, [survivor.id, m.at, merged.id]);
    // The usual case: a first report without the LA's id, a later one with it.
    const laIdTaken = survivor.localAuthorityId === null && merged.localAuthorityId !== null;
    if (laIdTaken) await em.query(`UPDATE children SET local_authority_id = $1 WHERE id = $2`, [merged.localAuthorityId, survivor.id]);

    const mergeId = await recordChildChange(em, {
      childId: survivor.id,
      at: m.at,
      actor: m.actor,
      action: 'MERGED',
      detail: { mergedChildId: merged.id, episodesMoved, ...(laIdTaken && { localAuthorityIdTaken: true }) },
    });
    await recordChildChange(em, { childId: merged.id, at: m.at, actor: m.actor, action: 'MERGED_INTO', detail: { survivorChildId: survivor.id, mergeId } });

    const data: ChildrenMergedV1 = { mergeId, survivorChildId: survivor.id, mergedChildId: merged.id, mergedAt: m.at.toISOString() };
    await this.outbox.append(em, {
      topic: Topics.childrenMerged,
      key: survivor.id,
      aggregateType: 'child',
      aggregateId: survivor.id,
      envelope: createEnvelope({
        type: 'protocol.children-merged',
        version: 1,
        data,
        occurredAt: m.at,
        correlationId: m.correlationId,
        causationId: m.causationId,
        producer: 'protocol-engine',
      }),
    });
    return { survivor: { ...survivor, localAuthorityId: laIdTaken ? merged.localAuthorityId : survivor.localAuthorityId }, mergeId, episodesMoved };
  }
}
