import type { NotificationReceivedV1 } from '@homeward/contracts';
import type { EpisodeSnapshot, PlacementNoticeFact } from '@homeward/protocol';
import type { Episode } from './episode.entity';

/**
 * Folds one notification into an episode, whatever order the police messages arrive in:
 * the earliest missing time and the first found time win, and a grading only replaces an older one.
 */
/** What folding needs from a notification: live ones and stored (replayed) ones alike. */
export type EpisodeFacts = Pick<
  NotificationReceivedV1,
  'type' | 'occurredAt' | 'riskLevel' | 'careStatus' | 'responsibleAuthority' | 'missingFrom' | 'vulnerabilities' | 'cancellation'
>;

export function applyNotification(episode: Episode, n: EpisodeFacts): Episode {
  const at = new Date(n.occurredAt);
  if (n.type === 'CANCELLED') {
    episode.withdrawnAt ??= at;
    episode.withdrawnReason ??= n.cancellation?.reason ?? 'MADE_IN_ERROR';
  }
  // A withdrawal, or a correction of the child's details, says nothing new about the episode itself.
  if (n.type === 'CANCELLED' || n.type === 'CORRECTED') return episode;
  if (n.type === 'MISSING_REPORTED' && (!episode.missingSince || at < episode.missingSince)) episode.missingSince = at;
  if (n.type === 'FOUND' && !episode.foundAt) episode.foundAt = at;
  if (at >= episode.riskGradedAt) {
    episode.riskLevel = n.riskLevel;
    episode.riskGradedAt = at;
    episode.careStatus = n.careStatus;
    episode.responsibleAuthority = n.responsibleAuthority ?? null;
    episode.missingFrom = n.missingFrom ?? episode.missingFrom;
  }
  episode.vulnerabilities = [...new Set([...episode.vulnerabilities, ...n.vulnerabilities])];
  return episode;
}

/** `notice`: the placement notice on record covering the episode, if any (placement-notices decides which). */
export function toSnapshot(e: Episode, notice: PlacementNoticeFact | null = null): EpisodeSnapshot {
  return {
    episodeId: e.id,
    policeReference: e.policeReference,
    force: e.force,
    missingSince: e.missingSince?.toISOString() ?? null,
    foundAt: e.foundAt?.toISOString() ?? null,
    riskLevel: e.riskLevel,
    vulnerabilities: e.vulnerabilities,
    careStatus: e.careStatus,
    responsibleAuthority: e.responsibleAuthority,
    placementNoticeOnRecord: notice !== null,
    placementNotice: notice,
  };
}

/** An episode before any notification is folded in: the first one sets its times and grading. */
export function newEpisode(p: Pick<Episode, 'id' | 'childId' | 'force' | 'policeReference' | 'riskLevel' | 'careStatus'>): Episode {
  return {
    ...p,
    missingSince: null,
    foundAt: null,
    riskGradedAt: new Date(0),
    vulnerabilities: [],
    responsibleAuthority: null,
    missingFrom: null,
    requestedActions: [],
    withdrawnAt: null,
    withdrawnReason: null,
  };
}
