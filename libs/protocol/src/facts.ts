import { CareStatuses, NotificationTypes, RiskLevels, Vulnerabilities } from '@homeward/contracts';
import type { EpisodeSnapshot, DecisionInput, ProtocolFacts, ProtocolProfile, ProtocolCondition, TimerDefinition } from './types';
import { TimerKinds } from './types';
import { DAY_MS, HOUR_MS, ageInYears, instantMs, toIso } from './time';

/**
 * What a condition may say about each fact. Validation (validate.ts) checks rules against this,
 * so an admin's typo is named before the profile is saved, not discovered at 3 a.m.
 */
export type FactKind = 'number' | 'boolean' | 'string' | 'enum' | 'enumList';
export interface FactSpec {
  kind: FactKind;
  values?: readonly string[];
  nullable?: boolean;
  /** Parameterised facts: the params each condition must give. */
  params?: { days: 'positive-number' };
  description: string;
}

export const FACT_CATALOG: Record<string, FactSpec> = {
  triggerKind: { kind: 'enum', values: ['NOTIFICATION', 'TIMER'], description: 'what woke the protocol' },
  triggerType: { kind: 'enum', values: NotificationTypes, nullable: true, description: 'notification type; null for a timer' },
  timer: { kind: 'enum', values: TimerKinds, nullable: true, description: 'timer kind; null for a notification' },
  timerDue: { kind: 'boolean', description: "a timer trigger whose definition still holds now" },
  missingSinceKnown: { kind: 'boolean', description: 'the missing report has been received' },
  isFound: { kind: 'boolean', description: 'the episode has a found time' },
  episodeDurationHours: { kind: 'number', nullable: true, description: 'found (or now) minus missing since, hours' },
  episodesInWindow: {
    kind: 'number',
    params: { days: 'positive-number' },
    description: "the child's episodes starting within the rolling window ending at this episode's start, this one included",
  },
  childAgeYears: { kind: 'number', nullable: true, description: "child's age in whole years at the episode's start" },
  vulnerabilities: { kind: 'enumList', values: Vulnerabilities, description: 'vulnerability flags' },
  careStatus: { kind: 'enum', values: CareStatuses, description: 'care status' },
  riskLevel: { kind: 'enum', values: RiskLevels, description: 'police risk grading' },
  riskRank: { kind: 'number', description: 'police risk grading as a number, VERY_LOW 0 .. HIGH 3' },
  effectiveRiskRank: {
    kind: 'number',
    description: 'effective risk as a number, VERY_LOW 0 .. HIGH 3: the police grading raised by the rules with raiseRiskTo that fire (a CSE or CCE flag)',
  },
  responsibleAuthority: { kind: 'string', nullable: true, description: 'placing LA code' },
  homeAuthority: { kind: 'string', description: "this LA's code" },
  responsibleAuthorityIsOther: { kind: 'boolean', description: 'looked after by another LA' },
  placementNoticeOnRecord: { kind: 'boolean', description: 'a placement notice from the placing LA is on record' },
  hoursSincePreviousFound: { kind: 'number', nullable: true, description: "hours from the previous episode's found to this start" },
  ourChildMissingElsewhere: { kind: 'boolean', description: 'our looked-after child reported by another force' },
};

/** Start of an episode for window counting: missingSince, else foundAt (out-of-order FOUND). */
export function episodeStartMs(e: EpisodeSnapshot): number | null {
  if (e.missingSince) return instantMs(e.missingSince, 'missingSince');
  if (e.foundAt) return instantMs(e.foundAt, 'foundAt');
  return null;
}

export function timerDefinition(profile: ProtocolProfile, timer: string): TimerDefinition | undefined {
  return profile.timers.find((t) => t.timer === timer);
}

/** Facts plus the parameterised one, which json-rules-engine evaluates per condition's params. */
export interface FactContext {
  facts: Omit<ProtocolFacts, 'episodesInWindow'>;
  episodesInWindow(days: number): number;
  /** The instant a TIMER trigger was due (deterministic anchor), else null. */
  timerDueAt: string | null;
}

export function computeFacts(profile: ProtocolProfile, input: DecisionInput): FactContext {
  const { episode, trigger } = input;
  const nowMs = instantMs(input.now, 'now');
  const missingMs = episode.missingSince ? instantMs(episode.missingSince, 'episode.missingSince') : null;
  const foundMs = episode.foundAt ? instantMs(episode.foundAt, 'episode.foundAt') : null;

  const timerDef = trigger.kind === 'TIMER' ? timerDefinition(profile, trigger.timer) : undefined;
  const timerDueMs = timerDef && missingMs !== null ? missingMs + timerDef.afterHours * HOUR_MS : null;
  const riskRank = RiskLevels.indexOf(episode.riskLevel);

  // A stale wake-up (child found since, or risk raised) must not produce work.
  const timerDue =
    timerDueMs !== null &&
    foundMs === null &&
    nowMs >= timerDueMs &&
    (timerDef?.riskAtMost === undefined || riskRank <= RiskLevels.indexOf(timerDef.riskAtMost));

  const eventMs =
    trigger.kind === 'NOTIFICATION' ? instantMs(trigger.occurredAt, 'trigger.occurredAt') : (timerDueMs ?? nowMs);
  const startMs = missingMs ?? foundMs ?? eventMs;

  // The same episode may be listed among "others" by a careless caller: count it once.
  const others = dedupeOthers(episode.episodeId, input.otherEpisodes);

  let previous: { id: string; foundMs: number } | null = null;
  for (const o of others) {
    if (!o.foundAt) continue;
    const f = instantMs(o.foundAt, 'otherEpisodes.foundAt');
    if (f <= startMs && (!previous || f > previous.foundMs)) previous = { id: o.episodeId, foundMs: f };
  }

  const responsible = episode.responsibleAuthority?.trim() || null;
  const responsibleAuthorityIsOther =
    responsible !== null && responsible.toUpperCase() !== input.homeAuthority.trim().toUpperCase();
  const ourLookedAfter = episode.careStatus === 'LOOKED_AFTER' && responsible !== null && !responsibleAuthorityIsOther;

  const facts: FactContext['facts'] = {
    triggerKind: trigger.kind,
    triggerType: trigger.kind === 'NOTIFICATION' ? trigger.type : null,
    timer: trigger.kind === 'TIMER' ? trigger.timer : null,
    timerDue,
    eventAt: toIso(eventMs),
    episodeStartAt: toIso(startMs),
    missingSinceKnown: missingMs !== null,
    isFound: foundMs !== null,
    episodeDurationHours: missingMs === null ? null : Math.max(0, ((foundMs ?? nowMs) - missingMs) / HOUR_MS),
    childAgeYears: ageInYears(input.child.dateOfBirth, startMs),
    vulnerabilities: [...episode.vulnerabilities],
    careStatus: episode.careStatus,
    riskLevel: episode.riskLevel,
    riskRank,
    // The grading until decide() knows which risk-raising rules fire (it evaluates again then).
    effectiveRiskRank: riskRank,
    responsibleAuthority: responsible,
    homeAuthority: input.homeAuthority,
    responsibleAuthorityIsOther,
    placementNoticeOnRecord: episode.placementNoticeOnRecord,
    placementNotice: episode.placementNotice ?? null,
    hoursSincePreviousFound: previous ? (startMs - previous.foundMs) / HOUR_MS : null,
    previousFoundEpisodeId: previous?.id ?? null,
    ourChildMissingElsewhere:
      ourLookedAfter && input.homeForces !== undefined && !input.homeForces.includes(episode.force),
  };

  const starts = others.map(episodeStartMs).filter((s): s is number => s !== null);
  return {
    facts,
    timerDueAt: timerDueMs === null ? null : toIso(timerDueMs),
    // Window [start - days, start], both edges inclusive; episodes starting after this one
    // (history replayed out of order) are not part of "the window ending at this episode".
    episodesInWindow(days: number) {
      const from = startMs - days * DAY_MS;
      return 1 + starts.filter((s) => s >= from && s <= startMs).length;
    },
  };
}

function dedupeOthers(currentId: string, others: EpisodeSnapshot[]): EpisodeSnapshot[] {
  const seen = new Map<string, EpisodeSnapshot>();
  for (const o of others) if (o.episodeId !== currentId) seen.set(o.episodeId, o);
  return [...seen.values()];
}

/** Every window size (days) the profile's conditions ask episodesInWindow about. */
export function windowsUsed(profile: ProtocolProfile): number[] {
  const days = new Set<number>();
  const walk = (c: ProtocolCondition | undefined): void => {
    if (!c || typeof c !== 'object') return;
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('fact' in c && c.fact === 'episodesInWindow' && typeof c.params?.days === 'number') days.add(c.params.days);
  };
  profile.rules.forEach((r) => walk(r.when));
  Object.values(profile.sharedConditions ?? {}).forEach(walk);
  return [...days].sort((a, b) => a - b);
}

/** The facts the rules see for this input, for readers, tests and the what-if API. */
export function protocolFacts(profile: ProtocolProfile, input: DecisionInput): ProtocolFacts {
  const ctx = computeFacts(profile, input);
  const episodesInWindow: Record<string, number> = {};
  for (const d of windowsUsed(profile)) episodesInWindow[String(d)] = ctx.episodesInWindow(d);
  return { ...ctx.facts, episodesInWindow };
}
