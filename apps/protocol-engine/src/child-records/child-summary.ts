import type { CancellationReason, CareStatus, MissingFrom, RiskLevel, Vulnerability } from '@homeward/contracts';
import type { CalendarDate } from '@homeward/deadlines';
import { atLeast, flagRiskFloor, repeatWindowDays, type ProtocolProfile } from '@homeward/protocol';
import type { ChildSummaryView } from './child-record.views';

/** A child row as read for staff (personal data: only in answers to staff, never logged). */
export interface ChildRow {
  id: string;
  /** Null once the child's personal data was erased (erasedAt). */
  givenName: string | null;
  familyName: string | null;
  dateOfBirth: string | null;
  gender: string | null;
  localAuthorityId: string | null;
  erasedAt?: Date | null;
  /** Recorded by staff (PUT /v1/children/{id}/allocated-worker). */
  allocatedWorker?: string | null;
}

/** An episode row with the effective risk of its latest decision (null before any). */
export interface EpisodeRow {
  id: string;
  childId: string;
  force: string;
  policeReference: string;
  missingSince: Date | null;
  foundAt: Date | null;
  riskLevel: RiskLevel;
  vulnerabilities: Vulnerability[];
  careStatus: CareStatus;
  responsibleAuthority: string | null;
  missingFrom: MissingFrom | null;
  decidedRisk: RiskLevel | null;
  /** Set when the police withdrew the report: shown, never counted. */
  withdrawnAt: Date | null;
  withdrawnReason: CancellationReason | null;
}

/** Whole years from a YYYY-MM-DD date of birth to a calendar day. */
export function ageOn(dateOfBirth: string, today: CalendarDate): number {
  const [year, month, day] = dateOfBirth.split('-').map(Number);
  const hadBirthday = today.month > month || (today.month === month && today.day >= day);
  return today.year - year - (hadBirthday ? 0 : 1);
}

export const episodeStart = (e: Pick<EpisodeRow, 'missingSince' | 'foundAt'>): Date | null => e.missingSince ?? e.foundAt;

/** The episode's risk as the protocol last decided it; before any decision, the grading raised by its flags. */
export function episodeRisk(e: EpisodeRow, profile: ProtocolProfile): RiskLevel {
  return e.decidedRisk ?? atLeast(e.riskLevel, flagRiskFloor(profile, e.vulnerabilities));
}

/**
 * The summary staff see in a list: the latest episode's care status and effective risk, flags
 * from every episode, and that risk at least what those flags call for under the profile.
 * `episodes` newest first.
 */
export function childSummary(child: ChildRow, episodes: EpisodeRow[], profile: ProtocolProfile, today: CalendarDate): ChildSummaryView {
  const latest = episodes[0];
  const vulnerabilities = [...new Set(episodes.flatMap((e) => e.vulnerabilities))];
  return {
    id: child.id,
    givenName: child.givenName,
    familyName: child.familyName,
    dateOfBirth: child.dateOfBirth,
    ageYears: child.dateOfBirth ? ageOn(child.dateOfBirth, today) : null,
    gender: child.gender,
    localAuthorityId: child.localAuthorityId,
    careStatus: latest?.careStatus ?? null,
    responsibleAuthority: latest?.responsibleAuthority ?? null,
    riskLevel: latest ? atLeast(episodeRisk(latest, profile), flagRiskFloor(profile, vulnerabilities)) : null,
    vulnerabilities,
    openEpisode: episodes.some((e) => e.foundAt === null && !e.withdrawnAt),
    allocatedWorker: child.allocatedWorker ?? null,
    erasedAt: child.erasedAt ?? null,
  };
}

const DAY_MS = 86_400_000;

/** Episodes started within the profile's repeat window ending now (both edges inclusive, as the protocol counts; withdrawn reports not). */
export function repeatCount(episodes: EpisodeRow[], profile: ProtocolProfile, now: Date): { repeatCount: number | null; repeatWindowDays: number | null } {
  const days = repeatWindowDays(profile);
  if (days === null) return { repeatCount: null, repeatWindowDays: null };
  const from = now.getTime() - days * DAY_MS;
  const count = episodes.filter((e) => {
    if (e.withdrawnAt) return false;
    const start = episodeStart(e)?.getTime();
    return start !== undefined && start >= from && start <= now.getTime();
  }).length;
  return { repeatCount: count, repeatWindowDays: days };
}

/** Missing since to found, or to now while still missing; null when the missing time is not known. */
export function durationMinutes(e: Pick<EpisodeRow, 'missingSince' | 'foundAt'>, now: Date): number | null {
  if (!e.missingSince) return null;
  return Math.max(0, Math.round(((e.foundAt ?? now).getTime() - e.missingSince.getTime()) / 60_000));
}
