import type { DecisionCause, RequiredAction } from '@homeward/contracts';
import type { DecisionOutcome, ProtocolProfile, TimerKind } from '@homeward/protocol';
import { decideOn, type DecisionTrigger, type PipelineDecision } from '../decisions/decision-pipeline';
import type { AppliedNotification } from '../episodes/applied-notification.entity';
import { newEpisode, type EpisodeFacts } from '../episodes/apply-notification';
import type { Episode } from '../episodes/episode.entity';
import type { NoticeOnRecord } from '../placement-notices/placement-notice-covering';

export interface ActionChange {
  actionKey: string;
  taskType: string;
  before: Pick<RequiredAction, 'priority' | 'deadline' | 'anchorAt' | 'responsibleAuthority' | 'reasons'>;
  after: Pick<RequiredAction, 'priority' | 'deadline' | 'anchorAt' | 'responsibleAuthority' | 'reasons'>;
}

export interface DecisionDifference {
  cause: DecisionCause;
  /** A notification's (as cause.ingestId); absent for a timer. */
  ingestId?: string;
  policeReference: string;
  episodeId: string;
  /** The notification's type, or the timer's kind. */
  type: string;
  /** When the notification's event happened, or when the timer fell due. */
  occurredAt: string;
  baselineVersion: string;
  added: RequiredAction[];
  removed: RequiredAction[];
  changed: ActionChange[];
  rulesNowFiring: string[];
  rulesNoLongerFiring: string[];
}

export interface RuleTally {
  added: number;
  removed: number;
  changed: number;
}

export interface ReplayResult {
  notificationsReplayed: number;
  timersReplayed: number;
  differences: DecisionDifference[];
  summary: { tasksAdded: number; tasksRemoved: number; tasksChanged: number; byRule: Record<string, RuleTally> };
}

/** A timer that fired live, as episode_timers records it. */
export interface FiredTimer {
  id: string;
  childId: string;
  episodeId: string;
  policeReference: string;
  timer: TimerKind;
  dueAt: Date;
  firedAt: Date;
  /** Null when it fired but asked for nothing (not a decision). */
  decisionId: string | null;
  /** The version that decided it, or for no decision the one in force when it fell due. */
  protocolVersionId: string;
}

/** Something the live system decided on: a notification applied or a timer fired. */
export type RecordedTrigger = { kind: 'notification'; notification: AppliedNotification } | { kind: 'timer'; timer: FiredTimer };

/** The trigger's record: what notifications and timers share (child, episode, version, decision). */
export const recordOf = (t: RecordedTrigger): AppliedNotification | FiredTimer => (t.kind === 'notification' ? t.notification : t.timer);

/** The cause the live decision recorded for the trigger. */
export const causeOf = (t: RecordedTrigger): DecisionCause =>
  t.kind === 'timer'
    ? { kind: 'timer', timerId: t.timer.id, timer: t.timer.timer }
    : { kind: 'notification', ingestId: t.notification.ingestId, notificationId: t.notification.notificationId };

export interface ReplayInput {
  /** The children concerned's notifications and fired timers, in the order the live system met them. */
  history: RecordedTrigger[];
  from: Date;
  to: Date;
  draft: ProtocolProfile;
  /** Stored versions by id: the baseline decides each notification with the version that did. */
  versions: Map<string, ProtocolProfile>;
  /** Null for an erased child: an unknown age, as the protocol reads ''. */
  dateOfBirth: Map<string, string | null>;
  homeAuthority: string;
  homeForces?: readonly string[];
  /** Each child's placement notices: a decision sees those on record when it was made live. */
  placementNotices?: Map<string, readonly NoticeOnRecord[]>;
}

/**
 * One simulated world: the children's episodes, with the work each has asked for so far, decided
 * one recorded notification or fired timer at a time through the live pipeline.
 */
export class ReplayedWorld {
  private readonly byChild = new Map<string, Map<string, Episode>>();

  constructor(private readonly p: Pick<ReplayInput, 'dateOfBirth' | 'homeAuthority' | 'homeForces' | 'placementNotices'>) {}

  async decide(profile: ProtocolProfile, t: RecordedTrigger): Promise<PipelineDecision> {
    const { childId, episodeId } = recordOf(t);
    const episodes = this.byChild.get(childId) ?? new Map<string, Episode>();
    this.byChild.set(childId, episodes);
    const stored = episodes.get(episodeId) ?? (t.kind === 'notification' ? firstOf(t.notification) : undefined);
    // A timer is only held for an episode a missing report (earlier in the history) opened.
    if (!stored) throw new Error(`a timer fired on episode ${episodeId}, which the history does not open`);
    const decision = await decideOn(
      profile,
      { dateOfBirth: this.p.dateOfBirth.get(childId) ?? '', episode: stored, episodes: [...episodes.values()], placementNotices: this.p.placementNotices?.get(childId) },
      pipelineTrigger(t),
      { now: t.kind === 'notification' ? t.notification.decidedAt : t.timer.firedAt, homeAuthority: this.p.homeAuthority, homeForces: this.p.homeForces },
    );
    episodes.set(episodeId, decision.episode);
    return decision;
  }
}

const firstOf = (n: AppliedNotification): Episode =>
  newEpisode({ id: n.episodeId, childId: n.childId, force: n.force, policeReference: n.policeReference, riskLevel: n.riskLevel, careStatus: n.careStatus });

const recordedFacts = (n: AppliedNotification): EpisodeFacts => ({
  ...n,
  occurredAt: n.occurredAt.toISOString(),
  responsibleAuthority: n.responsibleAuthority ?? undefined,
  missingFrom: n.missingFrom ?? undefined,
});

const pipelineTrigger = (t: RecordedTrigger): DecisionTrigger =>
  t.kind === 'timer' ? { kind: 'timer', timer: t.timer.timer } : { kind: 'notification', notification: recordedFacts(t.notification) };

/**
 * Replays stored history twice, in the order the live system met it: the baseline with the
 * version that decided each notification and timer, the other with the draft for those that
 * happened (a timer: fell due) in [from, to]. Only timers that fired live are replayed.
 * Each world keeps its own "already requested" work, so a task the draft asks for earlier is
 * not counted again later. Pure: no I/O, nothing stored.
 */
export async function replay(p: ReplayInput): Promise<ReplayResult> {
  const baseline = new ReplayedWorld(p);
  const draft = new ReplayedWorld(p);
  const result: ReplayResult = { notificationsReplayed: 0, timersReplayed: 0, differences: [], summary: { tasksAdded: 0, tasksRemoved: 0, tasksChanged: 0, byRule: {} } };

  for (const t of p.history) {
    const { protocolVersionId } = recordOf(t);
    const recorded = p.versions.get(protocolVersionId);
    if (!recorded) throw new Error(`protocol version ${protocolVersionId} is not stored`);
    const at = t.kind === 'notification' ? t.notification.occurredAt : t.timer.dueAt;
    const inRange = at >= p.from && at <= p.to;
    const before = await baseline.decide(recorded, t);
    const after = await draft.decide(inRange ? p.draft : recorded, t);
    if (!inRange) continue;
    if (t.kind === 'notification') result.notificationsReplayed++;
    else result.timersReplayed++;
    const difference = compare(t, recorded.version, before, after);
    if (difference) {
      result.differences.push(difference);
      tally(result.summary, difference);
    }
  }
  return result;
}

const essentials = (a: RequiredAction): ActionChange['before'] => ({
  priority: a.priority,
  deadline: a.deadline,
  anchorAt: a.anchorAt,
  responsibleAuthority: a.responsibleAuthority,
  reasons: a.reasons,
});

/** What a decision asked for; a timer that asked for nothing new made no decision, whatever rule matched. */
const asked = (d: PipelineDecision): DecisionOutcome => (d.isDecision ? d.outcome : { ...d.outcome, firedRules: [] });

function compare(t: RecordedTrigger, baselineVersion: string, decidedBefore: PipelineDecision, decidedAfter: PipelineDecision): DecisionDifference | null {
  const [before, after] = [asked(decidedBefore), asked(decidedAfter)];
  const was = new Map(before.requiredActions.map((a) => [a.actionKey, a]));
  const now = new Map(after.requiredActions.map((a) => [a.actionKey, a]));
  const added = after.requiredActions.filter((a) => !was.has(a.actionKey));
  const removed = before.requiredActions.filter((a) => !now.has(a.actionKey));
  const changed: ActionChange[] = [];
  for (const [key, a] of now) {
    const b = was.get(key);
    if (!b) continue;
    const [x, y] = [essentials(b), essentials(a)];
    if (JSON.stringify({ ...x, reasons: [] }) !== JSON.stringify({ ...y, reasons: [] })) changed.push({ actionKey: key, taskType: a.taskType, before: x, after: y });
  }
  const firedBefore = new Set(before.firedRules.map((r) => r.ruleId));
  const firedAfter = new Set(after.firedRules.map((r) => r.ruleId));
  const rulesNowFiring = [...firedAfter].filter((r) => !firedBefore.has(r));
  const rulesNoLongerFiring = [...firedBefore].filter((r) => !firedAfter.has(r));
  if (!added.length && !removed.length && !changed.length && !rulesNowFiring.length && !rulesNoLongerFiring.length) return null;
  return {
    ...triggerOf(t),
    baselineVersion,
    added,
    removed,
    changed,
    rulesNowFiring,
    rulesNoLongerFiring,
  };
}

function triggerOf(t: RecordedTrigger): Pick<DecisionDifference, 'cause' | 'ingestId' | 'policeReference' | 'episodeId' | 'type' | 'occurredAt'> {
  const { policeReference, episodeId } = recordOf(t);
  const about = { cause: causeOf(t), policeReference, episodeId };
  if (t.kind === 'timer') return { ...about, type: t.timer.timer, occurredAt: t.timer.dueAt.toISOString() };
  return { ...about, ingestId: t.notification.ingestId, type: t.notification.type, occurredAt: t.notification.occurredAt.toISOString() };
}

function tally(summary: ReplayResult['summary'], d: DecisionDifference): void {
  const count = (rules: string[], field: keyof RuleTally) => {
    for (const rule of rules) (summary.byRule[rule] ??= { added: 0, removed: 0, changed: 0 })[field]++;
  };
  summary.tasksAdded += d.added.length;
  summary.tasksRemoved += d.removed.length;
  summary.tasksChanged += d.changed.length;
  d.added.forEach((a) => count(a.reasons, 'added'));
  d.removed.forEach((a) => count(a.reasons, 'removed'));
  d.changed.forEach((c) => count([...new Set([...c.before.reasons, ...c.after.reasons])], 'changed'));
}
