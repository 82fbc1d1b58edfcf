import { RiskLevels } from '@homeward/contracts';
import type { RiskLevel, Vulnerability } from '@homeward/contracts';
import type { FactCondition, ProtocolCondition, ProtocolProfile, ProtocolRule } from './types';

/**
 * What a profile says, read for people looking at a child's record rather than deciding on an
 * event: the repeat window and the risk floor flags put on a child. Pure, like decide().
 */

/** Leaf conditions every match of `c` needs (through `all` only: an `any` branch is optional). */
function required(c: ProtocolCondition): FactCondition[] {
  if ('fact' in c) return [c];
  if ('all' in c) return c.all.flatMap(required);
  return [];
}

function windowDaysOf(rule: ProtocolRule): number[] {
  const days: number[] = [];
  const walk = (c: ProtocolCondition): void => {
    if ('fact' in c) {
      if (c.fact === 'episodesInWindow' && typeof c.params?.days === 'number') days.push(c.params.days);
    } else if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
  };
  walk(rule.when);
  return days;
}

/**
 * The rolling window (days) in which repeat episodes count: the window of the rule that raises
 * the persistent-missing alert, else the widest window any rule counts in; null if none does.
 */
export function repeatWindowDays(profile: ProtocolProfile): number | null {
  const persistent = profile.rules.filter((r) => r.then.alerts?.includes('PERSISTENT_MISSING')).flatMap(windowDaysOf);
  const days = persistent.length > 0 ? persistent : profile.rules.flatMap(windowDaysOf);
  return days.length > 0 ? Math.max(...days) : null;
}

/**
 * The rolling-window threshold a rule requires (`episodesInWindow { days } >= episodes`): a
 * child listed by it stays listed while the window still holds that many episodes. Null for a
 * rule that counts no window.
 */
export function windowThreshold(rule: ProtocolRule): { days: number; episodes: number } | null {
  for (const c of required(rule.when)) {
    if (c.fact !== 'episodesInWindow' || typeof c.params?.days !== 'number' || typeof c.value !== 'number') continue;
    if (c.operator === 'greaterThanInclusive') return { days: c.params.days, episodes: c.value };
    if (c.operator === 'greaterThan') return { days: c.params.days, episodes: Math.floor(c.value) + 1 };
  }
  return null;
}

function flagsMeet(c: FactCondition, flags: readonly Vulnerability[]): boolean {
  const value = c.value;
  switch (c.operator) {
    case 'containsAny':
      return Array.isArray(value) && value.some((v) => flags.includes(v as Vulnerability));
    case 'contains':
      return flags.includes(value as Vulnerability);
    default:
      return false;
  }
}

const rank = (r: RiskLevel): number => RiskLevels.indexOf(r);

/**
 * The risk a child with these flags is raised to at least, whatever the police grading: the
 * highest raiseRiskTo among rules whose required flag conditions these flags meet (the
 * default profile: CSE or CCE, at least HIGH). Null when no flag rule raises the risk.
 */
export function flagRiskFloor(profile: ProtocolProfile, flags: readonly Vulnerability[]): RiskLevel | null {
  let floor: RiskLevel | null = null;
  for (const rule of profile.rules) {
    const raise = rule.then.raiseRiskTo;
    const flagConditions = required(rule.when).filter((c) => c.fact === 'vulnerabilities');
    if (!raise || flagConditions.length === 0 || !flagConditions.every((c) => flagsMeet(c, flags))) continue;
    if (floor === null || rank(raise) > rank(floor)) floor = raise;
  }
  return floor;
}

/** The higher of a grading and a floor. */
export function atLeast(risk: RiskLevel, floor: RiskLevel | null): RiskLevel {
  return floor !== null && rank(floor) > rank(risk) ? floor : risk;
}
