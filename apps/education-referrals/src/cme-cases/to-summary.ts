import type { CmeCase } from './cme-case.entity';
import type { CmeCaseSummaryView } from './cme-case.views';

export function toSummary(c: CmeCase): CmeCaseSummaryView {
  // Once erased the pupil is empty: no name to show, and pages say so.
  const pupil = c.pupil as { givenName?: string; familyName?: string; dateOfBirth?: string };
  return {
    id: c.id,
    reference: c.reference,
    status: c.status,
    source: c.source,
    name: c.erasedAt ? null : `${pupil.givenName} ${pupil.familyName}`,
    dateOfBirth: c.erasedAt ? null : (pupil.dateOfBirth ?? null),
    upn: c.upn,
    schoolUrn: c.schoolUrn,
    firstDayMissing: c.firstDayMissing,
    openedAt: c.openedAt.toISOString(),
    outcome: c.outcome,
    closedAt: c.closedAt?.toISOString() ?? null,
    schoolDaysMissing: c.schoolDaysMissing,
    erasedAt: c.erasedAt?.toISOString() ?? null,
  };
}
