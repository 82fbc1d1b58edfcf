import { decide, type DecisionOutcome, type ProtocolProfile, type TimerKind, type Trigger } from '@homeward/protocol';
import { applyNotification, toSnapshot, type EpisodeFacts } from '../episodes/apply-notification';
import type { Episode } from '../episodes/episode.entity';
import { countedEpisodes, outcomeWithoutWork } from './withdrawals';
import { placementNoticeCovering, type NoticeOnRecord } from '../placement-notices/placement-notice-covering';

/** The child as the protocol sees them when something happens: the episode concerned and all their others. */
export interface ChildHistory {
  dateOfBirth: string;
  /** The episode the trigger concerns, as it stood before (a new one for a first notification). */
  episode: Episode;
  /** The child's episodes; the one concerned may be among them. */
  episodes: Episode[];
  /** The child's placement notices (none when absent); those recorded after `now` are not yet known to the decision. */
  placementNotices?: readonly NoticeOnRecord[];
}

export type DecisionTrigger = { kind: 'notification'; notification: EpisodeFacts } | { kind: 'timer'; timer: TimerKind };

export interface DecisionContext {
  now: Date;
  homeAuthority: string;
  /** The police forces covering this authority: our looked-after child reported by any other is missing elsewhere. None: that rule is off. */
  homeForces?: readonly string[];
}

export interface PipelineDecision {
  /** The episode after the trigger: the notification folded in and, for a decision, the work it asks for requested. */
  episode: Episode;
  outcome: DecisionOutcome;
  /** False for a timer whose rule asks for nothing new any more: that is not a decision. */
  isDecision: boolean;
}

/**
 * The one decision pipeline: live notifications, timers and what-if replay all decide through
 * it, so replay cannot drift from what the live system decides. Pure: the caller reads and
 * stores; the episode passed in is not changed.
 */
export async function decideOn(profile: ProtocolProfile, history: ChildHistory, trigger: DecisionTrigger, context: DecisionContext): Promise<PipelineDecision> {
  const episode = trigger.kind === 'notification' ? applyNotification({ ...history.episode }, trigger.notification) : { ...history.episode };
  const decided = await decide(profile, {
    now: context.now.toISOString(),
    homeAuthority: context.homeAuthority,
    // None configured: nobody can tell "elsewhere" from here, so the rule stays off.
    homeForces: context.homeForces?.length ? [...context.homeForces] : undefined,
    child: { dateOfBirth: history.dateOfBirth },
    trigger: protocolTrigger(trigger),
    episode: toSnapshot(episode, placementNoticeCovering(history.placementNotices ?? [], episode, context.now)),
    otherEpisodes: countedEpisodes(history.episodes).filter((o) => o.id !== episode.id).map((o) => toSnapshot(o)),
    alreadyRequested: episode.requestedActions,
  });
  const outcome = outcomeWithoutWork(decided, episode, trigger.kind === 'notification' ? trigger.notification : null) ?? decided;
  const isDecision = trigger.kind === 'notification' || outcome.requiredActions.length > 0 || outcome.alerts.length > 0 || outcome.supersedes.length > 0;
  if (isDecision) episode.requestedActions = [...episode.requestedActions, ...outcome.requiredActions.map((a) => a.actionKey)];
  return { episode, outcome, isDecision };
}

function protocolTrigger(trigger: DecisionTrigger): Trigger {
  if (trigger.kind === 'timer') return { kind: 'TIMER', timer: trigger.timer };
  return { kind: 'NOTIFICATION', type: trigger.notification.type, occurredAt: trigger.notification.occurredAt };
}
