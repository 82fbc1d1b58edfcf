import { londonCalendarDate } from '@homeward/deadlines';
import type { PlacementNoticeFact } from '@homeward/protocol';
import type { PlacementNotice } from './placement-notice.entity';

/** What the covering rule reads of a notice: everything but the provider. */
export type NoticeOnRecord = Omit<PlacementNotice, 'providerName' | 'providerKind' | 'childId' | 'sender' | 'noticeId'>;

/** What it reads of the episode. */
export interface EpisodeForNotice {
  missingSince: Date | null;
  foundAt: Date | null;
  responsibleAuthority: string | null;
}

const sameAuthority = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();
const isoDate = (d: Date) => {
  const { year, month, day } = londonCalendarDate(d);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/**
 * The notice on record at `now` from the episode's placing authority whose placement covers the
 * day (London time) the child went missing: then the child was not placed here without notice.
 * The latest received wins when several do. Pure.
 */
export function placementNoticeCovering(notices: readonly NoticeOnRecord[], episode: EpisodeForNotice, now: Date): PlacementNoticeFact | null {
  const start = episode.missingSince ?? episode.foundAt;
  const authority = episode.responsibleAuthority;
  if (!start || !authority) return null;
  const day = isoDate(start);
  const covering = notices
    .filter((n) => n.recordedAt <= now && sameAuthority(n.placingAuthority, authority))
    .filter((n) => n.placementStart <= day && (n.placementEnd === null || day <= n.placementEnd))
    .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime());
  const n = covering[0];
  if (!n) return null;
  return {
    id: n.id,
    placingAuthority: n.placingAuthority,
    placementStart: n.placementStart,
    placementEnd: n.placementEnd,
    receivedAt: n.receivedAt.toISOString(),
    riskAssessmentProvided: n.riskAssessmentProvided,
    riskManagementPlanProvided: n.riskManagementPlanProvided,
  };
}
