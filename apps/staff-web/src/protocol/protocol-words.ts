import type { DecisionDifference, ProtocolRuleView, ProtocolVersionView, RequiredActionView } from '../data/protocol-engine.types';
import { codeInWords, label } from '../web/labels';

/** A protocol's rules and a what-if's differences in words: pure, from protocol-engine's answers. */

type Deadline = { unit: 'CLOCK_HOURS' | 'WORKING_DAYS'; amount: number };

const ANCHORS: Record<string, string> = {
  FOUND_AT: 'from when the child was found',
  MISSING_SINCE: 'from when the child went missing',
  EPISODE_START: 'from the start of the episode',
  EVENT: 'from the notification',
  TIMER_DUE: 'from when the timer fell due',
  NOW: 'from the decision',
};

const TIMERS: Record<string, string> = { LENGTHY_EPISODE: 'Lengthy episode', LOW_RISK_REVIEW: 'Low-risk review' };

export const VERSION_STATES: Record<string, { text: string; classes: string }> = {
  ACTIVE: { text: 'Active', classes: 'govuk-tag--green' },
  DRAFT: { text: 'Draft', classes: 'govuk-tag--blue' },
  RETIRED: { text: 'Retired', classes: 'govuk-tag--grey' },
};

export function deadlineText(deadline: Deadline): string {
  if (deadline.amount === 0) return 'straight away';
  const unit = deadline.unit === 'WORKING_DAYS' ? 'working day' : 'clock hour';
  return `within ${deadline.amount} ${unit}${deadline.amount === 1 ? '' : 's'}`;
}

/** "Return interview, priority, within 72 clock hours": a task a decision asks for. */
export function actionText(action: Pick<RequiredActionView, 'taskType' | 'priority' | 'deadline'>): string {
  return `${label('taskType', action.taskType)}, ${label('priority', action.priority).toLowerCase()}, ${deadlineText(action.deadline)}`;
}

/** What a rule does, one line a thing: tasks it asks for (or raises), risk, alerts, listings, what it supersedes. */
export function ruleEffects(rule: ProtocolRuleView): string[] {
  const then = rule.then;
  const lines = (then.actions ?? []).map((a) => {
    const task = label('taskType', a.taskType);
    const priority = label('priority', a.priority ?? 'NORMAL').toLowerCase();
    if (!a.deadline) return `Task: ${task}, made ${priority}`;
    const who = a.responsible === 'PLACING_AUTHORITY' ? '; the placing authority does it for a child it placed here' : '';
    const from = a.deadline.amount === 0 ? '' : ` ${ANCHORS[a.anchor ?? 'EVENT'] ?? ''}`;
    return `Task: ${task}, ${priority}, ${deadlineText(a.deadline)}${from}${who}`;
  });
  if (then.raiseRiskTo) lines.push(`Raises the risk to at least ${label('risk', then.raiseRiskTo).toLowerCase()}`);
  if (then.alerts?.length) lines.push(`Raises alerts: ${then.alerts.map((a) => label('alertKind', a).toLowerCase()).join(', ')}`);
  if (then.listings?.length) lines.push(`Lists the child for: ${then.listings.map((l) => codeInWords(l).toLowerCase()).join(', ')}`);
  if (then.supersedePrevious?.length) lines.push(`Replaces open work of the previous episode: ${then.supersedePrevious.map((t) => label('taskType', t).toLowerCase()).join(', ')}`);
  return lines;
}

export interface VersionCard {
  id: string;
  title: string;
  state: { text: string; classes: string };
  facts: { label: string; value: string }[];
  timers: string[];
  rules: { id: string; reason: string; effects: string[] }[];
}

export function versionCard(v: ProtocolVersionView, when: (iso: string) => string, name: (username: string) => string = (u) => u): VersionCard {
  const facts: { label: string; value: string }[] = [];
  if (v.profile.description) facts.push({ label: 'Description', value: v.profile.description });
  if (v.effectiveFrom) facts.push({ label: v.status === 'ACTIVE' ? 'Decides from' : 'Decided from', value: when(v.effectiveFrom) });
  if (v.retiredAt) facts.push({ label: 'Replaced on', value: when(v.retiredAt) });
  facts.push({ label: 'Created', value: `By ${name(v.createdBy)} on ${when(v.createdAt)}` });
  if (v.activatedAt) facts.push({ label: 'Activated', value: `By ${v.activatedBy ? name(v.activatedBy) : 'unknown'} on ${when(v.activatedAt)}` });
  return {
    id: v.id,
    title: v.profile.name ? `${v.version}: ${v.profile.name}` : v.version,
    state: VERSION_STATES[v.status] ?? { text: codeInWords(v.status), classes: 'govuk-tag--grey' },
    facts,
    timers: v.profile.timers.map((t) => `${TIMERS[t.timer] ?? codeInWords(t.timer)}: after ${t.afterHours} hours missing${t.riskAtMost ? `, while the risk is ${label('risk', t.riskAtMost).toLowerCase()} or lower` : ''}`),
    rules: v.profile.rules.map((r) => ({ id: r.id, reason: r.reason, effects: ruleEffects(r) })),
  };
}

export interface DifferenceRow {
  policeReference: string;
  notification: string;
  occurredAt: string;
  baselineVersion: string;
  decided: string[];
  wouldDecide: string[];
}

/** A notification decided differently: what the version in force asked for, against what the draft would. */
export function differenceRow(d: DecisionDifference): DifferenceRow {
  const changedText = (c: { taskType: string; before: { priority: string; deadline: Deadline } }) => actionText({ taskType: c.taskType, priority: c.before.priority, deadline: c.before.deadline });
  const decided = [
    ...d.removed.map(actionText),
    ...d.changed.map(changedText),
    ...d.rulesNoLongerFiring.map((r) => `Rule ${r} fired`),
  ];
  const wouldDecide = [
    ...d.added.map(actionText),
    ...d.changed.map((c) => actionText({ taskType: c.taskType, priority: c.after.priority, deadline: c.after.deadline })),
    ...d.rulesNowFiring.map((r) => `Rule ${r} would fire`),
  ];
  return {
    policeReference: d.policeReference,
    notification: d.cause?.kind === 'timer' ? `${TIMERS[d.type] ?? codeInWords(d.type)} timer` : label('notification', d.type),
    occurredAt: d.occurredAt,
    baselineVersion: d.baselineVersion,
    decided: decided.length ? decided : ['Did not ask for it'],
    wouldDecide: wouldDecide.length ? wouldDecide : ['Would not ask for it'],
  };
}
