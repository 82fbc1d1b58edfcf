/**
 * Which meeting lists a decision puts a child on, and until when, read from the decision's
 * outcome and the profile's own rules (never a second copy of them), so what-if replay, which
 * decides through the same pipeline, lists the same children. Pure.
 */
import type { MeetingList } from '@homeward/contracts';
import { repeatWindowDays, windowThreshold, type DecisionOutcome, type ProtocolProfile, type ProtocolRule } from '@homeward/protocol';

const DAY_MS = 86_400_000;

export interface Listing {
  list: MeetingList;
  ruleId: string;
  reason: string;
  /** Null when nothing in the profile says how long the listing lasts (a manager removes the child). */
  until: Date | null;
  untilReason: string;
}

/**
 * A rule counting a rolling window (3 episodes in 90 days) keeps the child listed while the window
 * still holds that many: until the Nth newest episode start plus the window. A rule counting none
 * (the exploitation flag) keeps them listed for the profile's repeat window after the episode
 * that listed them: a later flagged episode lists them again and moves until.
 */
export function listedUntil(rule: ProtocolRule, profile: ProtocolProfile, episodeStarts: readonly Date[], listedAt: Date): Pick<Listing, 'until' | 'untilReason'> {
  const threshold = windowThreshold(rule);
  if (threshold) {
    const newestFirst = episodeStarts.map((d) => d.getTime()).sort((a, b) => b - a);
    const nth = newestFirst[threshold.episodes - 1] ?? listedAt.getTime();
    return {
      until: new Date(nth + threshold.days * DAY_MS),
      untilReason: `Fewer than ${threshold.episodes} episodes in the rolling ${threshold.days} days (rule ${rule.id})`,
    };
  }
  const days = repeatWindowDays(profile);
  if (days === null) return { until: null, untilReason: `Removed by a manager (rule ${rule.id} sets no window)` };
  return { until: new Date(listedAt.getTime() + days * DAY_MS), untilReason: `No episode met rule ${rule.id} in the ${days} days after the last one that did` };
}

/** The listings in a decision's outcome, each with the first fired rule (profile order) that asked for it. */
export function listingsOf(
  profile: ProtocolProfile,
  outcome: Pick<DecisionOutcome, 'listings' | 'firedRules'>,
  episodeStarts: readonly Date[],
  listedAt: Date,
): Listing[] {
  const fired = new Set(outcome.firedRules.map((r) => r.ruleId));
  return outcome.listings.flatMap((list) => {
    const rule = profile.rules.find((r) => fired.has(r.id) && r.then.listings?.includes(list));
    return rule ? [{ list, ruleId: rule.id, reason: rule.reason, ...listedUntil(rule, profile, episodeStarts, listedAt) }] : [];
  });
}

/** Two listings of one child: keep the later until (null, no end, outlasts any instant). */
export function laterUntil(a: Date | null, b: Date | null): Date | null {
  if (a === null || b === null) return null;
  return a > b ? a : b;
}

export interface ListedEntry {
  ruleId: string;
  policeReference: string;
  decisionId: string;
  latestDecisionId: string;
  until: Date | null;
}

export type AfterWithdrawal = { leave: string } | { until: Date } | 'unchanged';

/**
 * A report the police withdrew counts for no list. A window listing is measured again without
 * it (`episodeStarts` leaves it out): fewer episodes than the rule needs, or a window already
 * closed, and the child leaves now. A listing with no window ends when the withdrawn report is
 * the one that listed the child and nothing listed them since.
 */
export function listingAfterWithdrawal(rule: ProtocolRule | undefined, entry: ListedEntry, withdrawnReference: string, episodeStarts: readonly Date[], now: Date): AfterWithdrawal {
  const threshold = rule && windowThreshold(rule);
  if (!threshold) {
    const listedOnlyByIt = entry.policeReference === withdrawnReference && entry.latestDecisionId === entry.decisionId;
    return listedOnlyByIt ? { leave: `The report that listed the child (${withdrawnReference}) was withdrawn by the police` } : 'unchanged';
  }
  const nth = episodeStarts.map((d) => d.getTime()).sort((a, b) => b - a)[threshold.episodes - 1];
  const until = nth === undefined ? null : new Date(nth + threshold.days * DAY_MS);
  if (!until || until <= now) return { leave: `Fewer than ${threshold.episodes} episodes in the rolling ${threshold.days} days once the withdrawn report ${withdrawnReference} is left out` };
  return until.getTime() === entry.until?.getTime() ? 'unchanged' : { until };
}
