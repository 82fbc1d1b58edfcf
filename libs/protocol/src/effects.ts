import { RiskLevels, TaskPriorities } from '@homeward/contracts';
import type { AlertKind, DeadlineRule, RequiredAction, RiskLevel, TaskType } from '@homeward/contracts';
import type { FactContext } from './facts';
import type { ActionSpec, Anchor, DecisionInput, DecisionOutcome, ListingKind, ProtocolFacts, ProtocolProfile, ProtocolRule } from './types';

export function actionKey(episodeId: string, spec: Pick<ActionSpec, 'taskType' | 'keySuffix'>): string {
  return spec.keySuffix ? `${episodeId}:${spec.taskType}:${spec.keySuffix}` : `${episodeId}:${spec.taskType}`;
}

/**
 * Two rules asking for the same task in one decision get one task with the stricter deadline.
 * Across units: n working days never end sooner than n x 24 clock hours, so clock hours within
 * that are surely stricter; beyond it we keep the working days (the calendar is not known here).
 */
export function stricterDeadline(a: DeadlineRule, b: DeadlineRule): DeadlineRule {
  if (a.unit === b.unit) return a.amount <= b.amount ? a : b;
  const [hours, days] = a.unit === 'CLOCK_HOURS' ? [a, b] : [b, a];
  return hours.amount <= days.amount * 24 ? hours : days;
}

function higherPriority(a: RequiredAction['priority'], b: RequiredAction['priority']): RequiredAction['priority'] {
  return TaskPriorities.indexOf(a) >= TaskPriorities.indexOf(b) ? a : b;
}

function anchorAt(anchor: Anchor, input: DecisionInput, ctx: FactContext): string {
  const { episode } = input;
  const f = ctx.facts;
  switch (anchor) {
    case 'FOUND_AT':
      return episode.foundAt ?? f.eventAt;
    case 'MISSING_SINCE':
      return episode.missingSince ?? f.eventAt;
    case 'EPISODE_START':
      return f.episodeStartAt;
    case 'EVENT':
      return f.eventAt;
    case 'TIMER_DUE':
      return ctx.timerDueAt ?? f.eventAt;
    case 'NOW':
      return input.now;
  }
}

const creates = (s: ActionSpec): boolean => s.deadline !== undefined;

/** The police grading (as a rank) raised by the fired rules' raiseRiskTo. */
export function raisedRiskRank(riskRank: number, fired: readonly ProtocolRule[]): number {
  return fired.reduce((r, rule) => (rule.then.raiseRiskTo ? Math.max(r, RiskLevels.indexOf(rule.then.raiseRiskTo)) : r), riskRank);
}

/** The task type's reminder and escalation intervals, carried on the task when the profile sets them. */
function alarmsOf(profile: ProtocolProfile, taskType: TaskType): Pick<RequiredAction, 'alarms'> {
  const ladder = profile.alarmLadders?.[taskType];
  return ladder ? { alarms: { ...ladder } } : {};
}

/** Turns the rules that fired (in profile order) into one outcome. */
export function applyEffects(
  profile: ProtocolProfile,
  input: DecisionInput,
  ctx: FactContext,
  fired: ProtocolRule[],
  facts: ProtocolFacts,
): DecisionOutcome {
  const { episode } = input;
  const placing = facts.careStatus === 'LOOKED_AFTER' && facts.responsibleAuthorityIsOther ? facts.responsibleAuthority : null;
  const hostForce = (spec: ActionSpec) => (spec.arrangedIn === 'HOST_AREA' && facts.ourChildMissingElsewhere ? episode.force : undefined);
  const actions = new Map<string, RequiredAction>();

  // Pass 1: rules that create tasks; pass 2: rules that only modify them, whatever their order.
  for (const rule of fired) {
    for (const spec of (rule.then.actions ?? []).filter(creates)) {
      const key = actionKey(episode.episodeId, spec);
      const draft: RequiredAction = {
        actionKey: key,
        taskType: spec.taskType,
        priority: spec.priority ?? 'NORMAL',
        deadline: { ...spec.deadline! },
        anchorAt: anchorAt(spec.anchor ?? 'EVENT', input, ctx),
        responsibleAuthority: spec.responsible === 'PLACING_AUTHORITY' ? placing : null,
        reasons: [rule.id],
        ...(hostForce(spec) ? { hostForce: hostForce(spec) } : {}),
        ...(spec.assignTo && { assignTo: spec.assignTo }),
        ...alarmsOf(profile, spec.taskType),
      };
      const existing = actions.get(key);
      if (!existing) actions.set(key, draft);
      else {
        existing.priority = higherPriority(existing.priority, draft.priority);
        const stricter = stricterDeadline(existing.deadline, draft.deadline);
        if (stricter !== existing.deadline) {
          existing.deadline = stricter;
          existing.anchorAt = draft.anchorAt;
        }
        existing.responsibleAuthority ??= draft.responsibleAuthority;
        if (draft.hostForce) existing.hostForce ??= draft.hostForce;
        if (draft.assignTo) existing.assignTo ??= draft.assignTo;
        if (!existing.reasons.includes(rule.id)) existing.reasons.push(rule.id);
      }
    }
  }
  for (const rule of fired) {
    for (const spec of (rule.then.actions ?? []).filter((s) => !creates(s))) {
      const existing = actions.get(actionKey(episode.episodeId, spec));
      if (!existing) continue;
      if (spec.priority) existing.priority = higherPriority(existing.priority, spec.priority);
      if (spec.responsible === 'PLACING_AUTHORITY') existing.responsibleAuthority ??= placing;
      if (hostForce(spec)) existing.hostForce ??= hostForce(spec);
      if (!existing.reasons.includes(rule.id)) existing.reasons.push(rule.id);
    }
  }

  const already = new Set(input.alreadyRequested);
  const requiredActions = [...actions.values()].filter((a) => !already.has(a.actionKey));
  const fresh = new Set(requiredActions.map((a) => a.actionKey));

  const alerts: AlertKind[] = [];
  const listings: ListingKind[] = [];
  const supersedes: DecisionOutcome['supersedes'] = [];
  const police = RiskLevels.indexOf(episode.riskLevel);
  const effective = raisedRiskRank(police, fired);

  for (const rule of fired) {
    const { alerts: ruleAlerts = [], listings: ruleListings = [], supersedePrevious = [] } = rule.then;
    // A rule's alerts and listings go with its work: when all of its tasks were already
    // requested (a police retry, a second update), the alert was already raised too.
    const keys = (rule.then.actions ?? []).filter(creates).map((s) => actionKey(episode.episodeId, s));
    if (keys.length === 0 || keys.some((k) => fresh.has(k))) {
      pushUnique(alerts, ruleAlerts);
      pushUnique(listings, ruleListings);
    }
    if (facts.previousFoundEpisodeId) {
      for (const taskType of supersedePrevious) {
        if (!supersedes.some((s) => s.taskType === taskType)) {
          supersedes.push({ episodeId: facts.previousFoundEpisodeId, taskType: taskType as TaskType });
        }
      }
    }
  }

  return {
    protocolVersion: profile.version,
    effectiveRisk: RiskLevels[effective] as RiskLevel,
    policeRisk: episode.riskLevel,
    riskRaisedBy: fired
      .filter((r) => r.then.raiseRiskTo && RiskLevels.indexOf(r.then.raiseRiskTo) > police)
      .map((r) => ({ ruleId: r.id, reason: r.reason })),
    requiredActions,
    firedRules: fired.map((r) => ({ ruleId: r.id, reason: r.reason })),
    alerts,
    supersedes,
    listings,
    alreadyRequestedSkipped: [...actions.keys()].filter((k) => already.has(k)),
    facts,
  };
}

function pushUnique<T>(into: T[], items: readonly T[]): void {
  for (const i of items) if (!into.includes(i)) into.push(i);
}
