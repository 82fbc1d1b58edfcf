import { ChildErasedV1, Clock, createEnvelope, Topics } from '@homeward/contracts';
import { OutboxWriter, UnitOfWork } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { educationKeyOf } from '../../child-records/education-key';
import { ProtocolEngineConfig } from '../../protocol-engine.config';
import { CHILD_ERASURE_COLUMNS, type ChildErasureCountsView, type ChildErasureView } from '../child-erasure.view';
import { EraseChildCommand } from './erase-child.command';

export type EraseChildResult = { outcome: 'ERASED' | 'ALREADY_ERASED'; erasure: ChildErasureView };

/** Why an erasure was not carried out; nothing was changed. */
export class ChildErasureRefused extends Error {}

interface ChildToErase {
  id: string;
  dateOfBirth: string | null;
  mergedInto: string | null;
  erasedAt: Date | null;
}

/**
 * Erases one child's personal data in protocol-engine, in one transaction with its audit row and
 * protocol.child-erased.v1 (which tells the other services to erase theirs). Gone: names, date of
 * birth, gender, LA id and the keyed hash that recognised the child (a later report is a new
 * record), locations and found details (postcode, place, returned to, found by), the carer's name
 * on placement notices, the previous details in corrections, managers' notes on meeting lists.
 * Kept, naming no one: the child's id, every episode with its dates, care status, responsible
 * authority, risk, flags and decisions (the SSDA903 return and the board's figures count them),
 * the safe-and-well check time and harm flag, and who viewed the record (accountability). Kept
 * too: each episode's age at its start, in whole years, as the protocol's childAgeYears reads
 * it: the board's figures and the protocol's age rules count by age, and the date of birth that
 * gave it is what identifies the child.
 * A live case is refused: the law that makes us keep it (Children Act duties) outranks erasure.
 */
@Injectable()
export class EraseChild {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
    private readonly logger: PinoLogger,
    private readonly config: ProtocolEngineConfig,
  ) {
    logger.setContext('EraseChild');
  }

  async execute(command: EraseChildCommand): Promise<EraseChildResult> {
    const result = await this.unitOfWork.run((em) => this.erase(em, command));
    if (result.outcome === 'ERASED') {
      const { erasureId, childId, mergedChildIds, requestedBy, counts } = result.erasure;
      // The audit line: ids and counts only (the DPO's reference stays in child_erasures).
      this.logger.info({ erasureId, childId, mergedChildIds, requestedBy, counts }, 'child personal data erased');
    }
    return result;
  }

  private async erase(em: EntityManager, command: EraseChildCommand): Promise<EraseChildResult> {
    const [child]: ChildToErase[] = await em.query(
      `SELECT id, date_of_birth::text AS "dateOfBirth", merged_into AS "mergedInto", erased_at AS "erasedAt" FROM children WHERE id = $1 FOR UPDATE`,
      [command.childId],
    );
    if (!child) throw new ChildErasureRefused(`no child ${command.childId}: nothing erased`);
    if (child.mergedInto) throw new ChildErasureRefused(`child ${child.id} was merged into ${child.mergedInto}: erase ${child.mergedInto}, and the records merged into it go with it`);
    if (child.erasedAt) {
      const [erasure]: ChildErasureView[] = await em.query(`SELECT ${CHILD_ERASURE_COLUMNS} FROM child_erasures WHERE child_id = $1`, [child.id]);
      return { outcome: 'ALREADY_ERASED', erasure };
    }
    const merged: { id: string }[] = await em.query(`SELECT id FROM children WHERE merged_into = $1 ORDER BY id FOR UPDATE`, [child.id]);
    const ids = [child.id, ...merged.map((m) => m.id)];
    await this.refuseLiveCase(em, ids);

    const at = this.clock.now();
    const ingestIds = await column(em, `SELECT ingest_id AS v FROM applied_notifications WHERE child_id = ANY($1) UNION SELECT ingest_id FROM notification_details WHERE child_id = ANY($1) ORDER BY 1`, ids);
    const placementNoticeIds = await column(em, `SELECT id::text AS v FROM placement_notices WHERE child_id = ANY($1) ORDER BY 1`, ids);
    const educationKeys = await this.educationKeys(em, ids);
    const counts = await this.eraseRows(em, ids, child.dateOfBirth, at);

    const erasure: ChildErasureView = { erasureId: randomUUID(), childId: child.id, mergedChildIds: ids.slice(1), erasedAt: at, requestedBy: command.requestedBy, reason: command.reason, counts };
    await em.query(
      `INSERT INTO child_erasures (id, child_id, merged_child_ids, erased_at, requested_by, reason, counts) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [erasure.erasureId, erasure.childId, erasure.mergedChildIds, at, erasure.requestedBy, erasure.reason, JSON.stringify(counts)],
    );
    const data: ChildErasedV1 = { erasureId: erasure.erasureId, childId: child.id, mergedChildIds: erasure.mergedChildIds, ingestIds, placementNoticeIds, educationKeys, erasedAt: at.toISOString() };
    await this.outbox.append(em, {
      topic: Topics.childErased,
      key: child.id,
      aggregateType: 'child',
      aggregateId: child.id,
      envelope: createEnvelope({ type: 'protocol.child-erased', version: 1, data, occurredAt: at, correlationId: command.correlationId, producer: 'protocol-engine' }),
    });
    return { outcome: 'ERASED', erasure };
  }

  /** Read before the names go: education-referrals finds the child's CME cases by them. */
  private async educationKeys(em: EntityManager, ids: string[]): Promise<string[]> {
    const named: { givenName: string | null; familyName: string | null; dateOfBirth: string | null }[] = await em.query(
      `SELECT given_name AS "givenName", family_name AS "familyName", date_of_birth::text AS "dateOfBirth" FROM children WHERE id = ANY($1)`,
      [ids],
    );
    const keys = named.map((child) => educationKeyOf(this.config.childKeySecret, child)).filter((key): key is string => key !== null);
    return [...new Set(keys)].sort();
  }

  private async refuseLiveCase(em: EntityManager, ids: string[]): Promise<void> {
    const open = await column(em, `SELECT police_reference AS v FROM episodes WHERE child_id = ANY($1) AND found_at IS NULL AND withdrawn_at IS NULL`, ids);
    if (open.length > 0) throw new ChildErasureRefused(`child ${ids[0]} is still missing (police reference ${open.join(', ')}): erase once found or withdrawn; nothing erased`);
    const listed = await column(em, `SELECT list AS v FROM meeting_list_entries WHERE child_id = ANY($1) AND left_at IS NULL`, ids);
    if (listed.length > 0) throw new ChildErasureRefused(`child ${ids[0]} is on the ${listed.join(' and ')} list: take them off it first; nothing erased`);
  }

  private async eraseRows(em: EntityManager, ids: string[], dateOfBirth: string | null, at: Date): Promise<ChildErasureCountsView> {
    const run = async (sql: string, params: unknown[] = [ids]) => ((await em.query(sql, params)) as [unknown, number])[1];
    return {
      // The age first: it is read from the date of birth about to go (London dates, as the protocol reckons birthdays).
      episodes: await run(
        `UPDATE episodes SET child_age_at_start = date_part('year', age((COALESCE(missing_since, found_at, risk_graded_at) AT TIME ZONE 'Europe/London')::date, $2::date))::smallint
          WHERE child_id = ANY($1)`,
        [ids, dateOfBirth],
      ),
      childRecords: await run(
        `UPDATE children SET given_name = NULL, family_name = NULL, date_of_birth = NULL, gender = NULL, local_authority_id = NULL,
                child_key = 'erased:' || id, erased_at = $2 WHERE id = ANY($1)`,
        [ids, at],
      ),
      notificationDetails: await run(
        `UPDATE notification_details SET location_postcode = NULL, location_description = NULL, returned_to = NULL, found_by = NULL WHERE child_id = ANY($1)`,
      ),
      placementNotices: await run(`UPDATE placement_notices SET provider_name = NULL WHERE child_id = ANY($1)`),
      // Which fields a correction changed stays; what they were goes.
      childChanges: await run(`UPDATE child_changes SET detail = detail - 'previous' WHERE child_id = ANY($1) AND detail ? 'previous'`),
      meetingListNotes: await run(`UPDATE meeting_list_entries SET left_note = NULL WHERE child_id = ANY($1) AND left_note IS NOT NULL`),
      // A timer found gone is the documented no-op when its wake-up fires.
      timersCancelled: await run(`DELETE FROM episode_timers WHERE fired_at IS NULL AND episode_id IN (SELECT id FROM episodes WHERE child_id = ANY($1))`),
    };
  }
}

async function column(em: EntityManager, sql: string, ids: string[]): Promise<string[]> {
  return ((await em.query(sql, [ids])) as { v: string }[]).map((r) => r.v);
}
