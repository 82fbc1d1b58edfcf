import type { CmeCaseHandedOverV1 } from '@homeward/contracts';
import type { LocalAuthorities, LocalAuthority } from '../../local-authorities';

/** What the case keeps of its hand-over (in its outcome details): to whom, when, and where the notice goes. */
export interface HandOverRecord {
  authority: string;
  authorityName: string;
  handedOverAt: string;
  noticeTo: string;
}

/**
 * The hand-over of a case to the LA the child moved to: the event that has alerting tell that
 * LA, and what the case records of it. Ids, the case reference and the two LAs' CME contacts,
 * never the child's details (they go by the secure LA-to-LA route). Pure.
 */
export function handOver(
  c: { id: string; childKey: string; reference: string },
  to: LocalAuthority,
  from: LocalAuthorities['thisAuthority'],
  at: Date,
): { event: CmeCaseHandedOverV1; record: HandOverRecord } {
  const handedOverAt = at.toISOString();
  return {
    event: {
      caseId: c.id,
      childKey: c.childKey,
      caseReference: c.reference,
      toAuthority: { code: to.code, name: to.name, cmeMailbox: to.cmeMailbox },
      fromAuthority: { name: from.name, cmeMailbox: from.cmeMailbox },
      handedOverAt,
    },
    record: { authority: to.code, authorityName: to.name, handedOverAt, noticeTo: to.cmeMailbox },
  };
}
