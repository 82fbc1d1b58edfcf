import { childKey, type NotificationReceivedV1 } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ProtocolEngineConfig } from '../protocol-engine.config';
import type { Child } from './child.entity';
import { CHILD_COLUMNS } from './child-columns';

/**
 * Which child a notification is about, its row locked: partitions are consumed concurrently (and
 * replicas overlap in a rebalance), and a child's decision counts their other episodes, so one
 * child's notifications are applied in turn. A known occurrence keeps the child it belongs to, so
 * a correction or a merge holds for the occurrence's later messages; a merged record resolves to
 * the record it was merged into.
 */
@Injectable()
export class ChildMatcher {
  constructor(private readonly config: ProtocolEngineConfig) {}

  async match(em: EntityManager, n: NotificationReceivedV1): Promise<Child> {
    const known: { child_id: string }[] = await em.query(`SELECT child_id FROM episodes WHERE force = $1 AND police_reference = $2`, [
      n.force,
      n.policeReference,
    ]);
    const child = known[0] ? await this.locked(em, known[0].child_id) : await this.recognise(em, n);
    return child.mergedInto ? this.locked(em, child.mergedInto) : child;
  }

  /** A child known by identity alone (a placement notice): recognised as a first notification would be. */
  async matchIdentity(em: EntityManager, child: NotificationReceivedV1['child']): Promise<Child> {
    const found = await this.recognise(em, { child });
    return found.mergedInto ? this.locked(em, found.mergedInto) : found;
  }

  /** Recognised by the keyed hash of the LA id, or of names and date of birth; new if unknown. */
  private async recognise(em: EntityManager, n: Pick<NotificationReceivedV1, 'child'>): Promise<Child> {
    const key = childKey(this.config.childKeySecret, n.child);
    // The no-op update on conflict locks an existing child's row, and RETURNING gives either row.
    const [child]: Child[] = await em.query(
      `INSERT INTO children (id, child_key, given_name, family_name, date_of_birth, gender, local_authority_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (child_key) DO UPDATE SET child_key = EXCLUDED.child_key
       RETURNING ${CHILD_COLUMNS}`,
      [randomUUID(), key, n.child.givenName, n.child.familyName, n.child.dateOfBirth, n.child.gender ?? null, n.child.localAuthorityId ?? null],
    );
    return child;
  }

  private async locked(em: EntityManager, id: string): Promise<Child> {
    const [child]: Child[] = await em.query(`SELECT ${CHILD_COLUMNS} FROM children WHERE id = $1 FOR UPDATE`, [id]);
    return child;
  }
}
