import { childKey, type NotificationReceivedV1 } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProtocolEngineConfig } from '../protocol-engine.config';
import { recordChildChange } from './child-changes';
import { ChildMerger } from './child-merger';
import type { Child } from './child.entity';

type CorrectedDetails = NotificationReceivedV1['child'];
const FIELDS = ['givenName', 'familyName', 'dateOfBirth', 'gender', 'localAuthorityId'] as const;

export interface Correction {
  actor: string;
  at: Date;
  correlationId: string;
  causationId: string;
}

/**
 * A police correction of a child's details (CORRECTED), in the caller's transaction: the changed
 * fields are written and audited with what they were; when the corrected details are another
 * record's (the LA id now links them), the two records are one child and are merged into the
 * one already holding them. Gender and LA id left out of a correction are kept, not erased.
 */
@Injectable()
export class ChildCorrections {
  constructor(
    private readonly config: ProtocolEngineConfig,
    private readonly merger: ChildMerger,
  ) {}

  /** The child the occurrence now belongs to: the corrected one, or the record it was merged into. */
  async correct(em: EntityManager, child: Child, given: CorrectedDetails, c: Correction): Promise<Child> {
    const corrected = { ...given, gender: given.gender ?? child.gender ?? undefined, localAuthorityId: given.localAuthorityId ?? child.localAuthorityId ?? undefined };
    const changed = FIELDS.filter((f) => (child[f] ?? null) !== (corrected[f] ?? null));
    if (changed.length === 0) return child;
    const previous = Object.fromEntries(changed.map((f) => [f, child[f]]));
    const key = childKey(this.config.childKeySecret, corrected);
    const [holder]: { id: string; merged_into: string | null }[] = await em.query(`SELECT id, merged_into FROM children WHERE child_key = $1`, [key]);
    const match = holder ? (holder.merged_into ?? holder.id) : null;

    if (match && match !== child.id) {
      await recordChildChange(em, { childId: child.id, at: c.at, actor: c.actor, action: 'DETAILS_CORRECTED', detail: { changed, previous, rematchedTo: match } });
      return (await this.merger.merge(em, { survivorId: match, mergedId: child.id, ...c })).survivor;
    }
    const next = { givenName: corrected.givenName, familyName: corrected.familyName, dateOfBirth: corrected.dateOfBirth, gender: corrected.gender ?? null, localAuthorityId: corrected.localAuthorityId ?? null };
    // The key follows the details, unless a record merged into this one already holds it.
    await em.query(
      `UPDATE children SET given_name = $2, family_name = $3, date_of_birth = $4, gender = $5, local_authority_id = $6, child_key = COALESCE($7, child_key) WHERE id = $1`,
      [child.id, next.givenName, next.familyName, next.dateOfBirth, next.gender, next.localAuthorityId, holder ? null : key],
    );
    await recordChildChange(em, { childId: child.id, at: c.at, actor: c.actor, action: 'DETAILS_CORRECTED', detail: { changed, previous } });
    return { ...child, ...next };
  }
}
