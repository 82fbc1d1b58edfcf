import type { NotificationType, RiskLevel } from '@homeward/contracts';
import type { ProtocolProfile } from '@homeward/protocol';
import type { DecisionDetailView, DecisionInWordsView } from '../../decisions/decision-in-words';
import type { ChildRecordView, ChildSummaryView, EpisodeNotificationView, EpisodeRecordView } from '../child-record.views';
import { durationMinutes, episodeRisk, repeatCount, type EpisodeRow } from '../child-summary';

/** An applied notification with the details kept beside it (all null when none came). */
export interface NotificationRow {
  episodeId: string;
  type: NotificationType;
  occurredAt: Date;
  riskLevel: RiskLevel;
  locationPostcode: string | null;
  locationDescription: string | null;
  returnedTo: string | null;
  foundBy: string | null;
  safeAndWellCheckAt: Date | null;
  harmSuffered: boolean | null;
}

export function notificationView(n: NotificationRow): EpisodeNotificationView {
  const hasLocation = n.locationPostcode !== null || n.locationDescription !== null;
  const hasFound = n.returnedTo !== null || n.foundBy !== null || n.safeAndWellCheckAt !== null || n.harmSuffered !== null;
  return {
    type: n.type,
    occurredAt: n.occurredAt,
    riskLevel: n.riskLevel,
    location: hasLocation ? { postcode: n.locationPostcode, description: n.locationDescription } : null,
    found: hasFound ? { returnedTo: n.returnedTo, foundBy: n.foundBy, safeAndWellCheckAt: n.safeAndWellCheckAt, harmSuffered: n.harmSuffered } : null,
  };
}

const inWords = ({ childId: _c, episodeId: _e, policeReference: _p, ...d }: DecisionDetailView): DecisionInWordsView => d;

/** The whole record: the summary, the repeat count now, and each episode (newest first) with its notifications and decisions. */
export function childRecord(p: {
  summary: ChildSummaryView;
  episodes: EpisodeRow[];
  notifications: NotificationRow[];
  decisions: DecisionDetailView[];
  profile: ProtocolProfile;
  now: Date;
  educationKey: string | null;
}): ChildRecordView {
  const episodes: EpisodeRecordView[] = p.episodes.map((e) => ({
    id: e.id,
    force: e.force,
    policeReference: e.policeReference,
    missingSince: e.missingSince,
    foundAt: e.foundAt,
    durationMinutes: durationMinutes(e, p.now),
    status: e.withdrawnAt ? 'WITHDRAWN' : e.foundAt ? 'FOUND' : 'MISSING',
    withdrawn: e.withdrawnAt ? { at: e.withdrawnAt, reason: e.withdrawnReason ?? 'MADE_IN_ERROR' } : null,
    riskLevel: episodeRisk(e, p.profile),
    policeRiskLevel: e.riskLevel,
    vulnerabilities: e.vulnerabilities,
    careStatus: e.careStatus,
    responsibleAuthority: e.responsibleAuthority,
    missingFrom: e.missingFrom,
    notifications: p.notifications.filter((n) => n.episodeId === e.id).map(notificationView),
    decisions: p.decisions.filter((d) => d.episodeId === e.id).map(inWords),
  }));
  return { ...p.summary, ...repeatCount(p.episodes, p.profile, p.now), episodes, educationKey: p.educationKey };
}
