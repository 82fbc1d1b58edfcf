import type { FiredRule } from '@homeward/contracts';
import type { DecisionOutcome } from '@homeward/protocol';
import type { Episode } from '../episodes/episode.entity';
import type { EpisodeFacts } from '../episodes/apply-notification';

export const REPORT_WITHDRAWN = 'report-withdrawn';
export const EPISODE_WITHDRAWN = 'episode-withdrawn';
export const CHILD_DETAILS_CORRECTED = 'child-details-corrected';

const REASON_WORDS = { MADE_IN_ERROR: 'made in error', DUPLICATE_REPORT: 'a duplicate of another report', NOT_MISSING: 'the child was not missing' } as const;

/** The episodes the protocol counts: a withdrawn report never happened, for repeat counts and the persistent rule. */
export const countedEpisodes = <E extends Pick<Episode, 'withdrawnAt'>>(episodes: readonly E[]): E[] => episodes.filter((e) => !e.withdrawnAt);

/**
 * What a decision says when the police withdrew the episode's report (now or earlier) or only
 * corrected the child's details: no work, no alerts, and the reason; null when the protocol's
 * own outcome stands.
 */
export function outcomeWithoutWork(
  outcome: DecisionOutcome,
  episode: Pick<Episode, 'withdrawnAt' | 'withdrawnReason'>,
  notification: Pick<EpisodeFacts, 'type'> | null,
): DecisionOutcome | null {
  const rule = ruleFor(episode, notification);
  return rule ? { ...outcome, requiredActions: [], alerts: [], supersedes: [], listings: [], firedRules: [rule], alreadyRequestedSkipped: [] } : null;
}

function ruleFor(episode: Pick<Episode, 'withdrawnAt' | 'withdrawnReason'>, notification: Pick<EpisodeFacts, 'type'> | null): FiredRule | null {
  if (episode.withdrawnAt) {
    const why = REASON_WORDS[episode.withdrawnReason ?? 'MADE_IN_ERROR'];
    return notification?.type === 'CANCELLED'
      ? { ruleId: REPORT_WITHDRAWN, reason: `The police withdrew the report (${why}): the episode is closed as withdrawn and its open work cancelled` }
      : { ruleId: EPISODE_WITHDRAWN, reason: `The episode's report was withdrawn by the police (${why}): nothing is asked for it` };
  }
  if (notification?.type === 'CORRECTED') {
    return { ruleId: CHILD_DETAILS_CORRECTED, reason: "The police corrected the child's details on this occurrence: no new work" };
  }
  return null;
}
