import type { RequiredAction } from '@homeward/contracts';
import type { DecisionOutcome, ProtocolProfile } from '@homeward/protocol';
import { decideOn } from '../decisions/decision-pipeline';
import type { AppliedNotification } from '../episodes/applied-notification.entity';
import { newEpisode, type EpisodeFacts } from '../episodes/apply-notification';
import type { Episode } from '../episodes/episode.entity';

export interface ActionChange {
  actionKey: string;
  taskType: string;
  before: Pick<RequiredAction, 'priority' | 'deadline' | 'anchorAt' | 'responsibleAuthority' | 'reasons'>;
  after: Pick<RequiredAction, 'priority' | 'deadline' | 'anchorAt' | 'responsibleAuthority' | 'reasons'>;
}

export interface DecisionDifference {
  ingestId: string;
  policeReference: string;
  episodeId: string;
  type: string;
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
  differences: DecisionDifference[];
  summary: { tasksAdded: number; tasksRemoved: number; tasksChanged: number; byRule: Record<string, RuleTally> };
}

export interface ReplayInput {
  /** Every applied notification of the children concerned, in the order they were applied. */
  history: AppliedNotification[];
  from: Date;
  to: Date;
  draft: ProtocolProfile;
  /** Stored versions by id: the baseline decides each notification with the version that did. */
  versions: Map<string, ProtocolProfile>;
  dateOfBirth: Map<string, string>;
  homeAuthority: string;
}

/**
 * One simulated world: the children's episodes, with the work each has asked for so far, decided
 * one recorded notification at a time through the live pipeline.
 */
export class ReplayedWorld {
  private readonly byChild = new Map<string, Map<string, Episode>>();

  constructor(private readonly p: Pick<ReplayInput, 'dateOfBirth' | 'homeAuthority'>) {}

  async decide(profile: ProtocolProfile, n: AppliedNotification): Promise<DecisionOutcome> {
    const episodes = this.byChild.get(n.childId) ?? new Map<string, Episode>();
    this.byChild.set(n.childId, episodes);
    const stored =
      episodes.get(n.episodeId) ??
      newEpisode({ id: n.episodeId, childId: n.childId, force: n.force, policeReference: n.policeReference, riskLevel: n.riskLevel, careStatus: n.careStatus });
    const { episode, outcome } = await decideOn(
      profile,
      { dateOfBirth: this.p.dateOfBirth.get(n.childId) ?? '', episode: stored, episodes: [...episodes.values()] },
      { kind: 'notification', notification: recordedFacts(n) },
      { now: n.decidedAt, homeAuthority: this.p.homeAuthority },
    );
    episodes.set(episode.id, episode);
    return outcome;
  }
}

const recordedFacts = (n: AppliedNotification): EpisodeFacts => ({
  ...n,
  occurredAt: n.occurredAt.toISOString(),
  responsibleAuthority: n.responsibleAuthority ?? undefined,
  missingFrom: n.missingFrom ?? undefined,
});

/**
 * Replays stored notification history twice, in the order it was applied: the baseline with
 * the version that decided each notification, the other with the draft for notifications that
 * happened in [from, to]. Each world keeps its own "already requested" work, so a task the
 * draft asks for earlier is not counted again later. Pure: no I/O, nothing stored.
 */
export async function replay(p: ReplayInput): Promise<ReplayResult> {
  const baseline = new ReplayedWorld(p);
  const draft = new ReplayedWorld(p);
  const result: ReplayResult = { notificationsReplayed: 0, differences: [], summary: { tasksAdded: 0, tasksRemoved: 0, tasksChanged: 0, byRule: {} } };

  for (const n of p.history) {
    const recorded = p.versions.get(n.protocolVersionId);
    if (!recorded) throw new Error(`protocol version ${n.protocolVersionId} is not stored`);
    const inRange = n.occurredAt >= p.from && n.occurredAt <= p.to;
    const before = await baseline.decide(recorded, n);
    const after = await draft.decide(inRange ? p.draft : recorded, n);
    if (!inRange) continue;
    result.notificationsReplayed++;
    const difference = compare(n, recorded.version, before, after);
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

function compare(n: AppliedNotification, baselineVersion: string, before: DecisionOutcome, after: DecisionOutcome): DecisionDifference | null {
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
    ingestId: n.ingestId,
    policeReference: n.policeReference,
    episodeId: n.episodeId,
    type: n.type,
    occurredAt: n.occurredAt.toISOString(),
    baselineVersion,
    added,
    removed,
    changed,
    rulesNowFiring,
    rulesNoLongerFiring,
  };
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
