import type { MissingFrom, PlacementProviderKind, RiskLevel, Vulnerability } from '@homeward/contracts';
import { londonCalendarDate } from '@homeward/deadlines';
import type { ProtocolProfile } from '@homeward/protocol';
import { ageOn, durationMinutes, episodeRisk, episodeStart, type EpisodeRow } from '../child-records/child-summary';
import { placementNoticeCovering, type NoticeOnRecord } from '../placement-notices/placement-notice-covering';
import type { LondonWeek } from './london-week';

/** A placement notice as the report reads it: the covering rule's fields and the provider. */
export type NoticeWithProvider = NoticeOnRecord & { providerName: string | null; providerKind: PlacementProviderKind };

/** One looked-after child's episode in the week, as read: the episode, its child, gradings, found details, notices. */
export interface WeekEpisode extends EpisodeRow {
  givenName: string | null;
  familyName: string | null;
  dateOfBirth: string | null;
  localAuthorityId: string | null;
  /** Every police grading, in the order applied. */
  gradings: { at: Date; riskLevel: RiskLevel }[];
  foundPostcode: string | null;
  foundDescription: string | null;
  returnedTo: string | null;
  notices: NoticeWithProvider[];
  repeatCount: number | null;
}

export const ReportParts = ['OURS', 'PLACED_HERE', 'AUTHORITY_NOT_KNOWN'] as const;
export type ReportPart = (typeof ReportParts)[number];

export interface WeeklyEpisodeRow {
  episodeId: string;
  policeReference: string;
  force: string;
  child: { id: string; givenName: string | null; familyName: string | null; localAuthorityId: string | null; dateOfBirth: string | null; ageYears: number | null };
  /** Where the child was placed: a notice's provider for a child placed here, else only the kind of place the police say they went missing from. */
  placement: { kind: PlacementProviderKind | MissingFrom | null; provider: string | null; noticeId: string | null };
  placingAuthority: string | null;
  missingSince: Date | null;
  foundAt: Date | null;
  /** Not found by the end of the week (or by now, in a week not yet over). */
  stillMissing: boolean;
  durationMinutes: number | null;
  /** The risk as the protocol last decided it (the grading raised by flags). */
  riskLevel: RiskLevel;
  policeRiskLevel: RiskLevel;
  /** The police gradings, each one that differs from the one before (the first always). */
  riskChanges: { at: Date; riskLevel: RiskLevel }[];
  vulnerabilities: Vulnerability[];
  foundLocation: { postcode: string | null; description: string | null; returnedTo: string | null } | null;
  repeatCount: number | null;
  /** Ours, reported by a force outside our area: the RHI is arranged in the host area. */
  missingElsewhere: boolean;
}

export interface WeeklyReportRows {
  summary: { episodes: number; children: number; stillMissing: number; highRisk: number };
  ours: WeeklyEpisodeRow[];
  placedHere: WeeklyEpisodeRow[];
  authorityNotKnown: WeeklyEpisodeRow[];
}

const same = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/** Ours when this authority is responsible, placed here when another is; the police may not say which. */
export function partOf(responsibleAuthority: string | null, homeAuthority: string): ReportPart {
  if (!responsibleAuthority?.trim()) return 'AUTHORITY_NOT_KNOWN';
  return same(responsibleAuthority, homeAuthority) ? 'OURS' : 'PLACED_HERE';
}

/** Each grading that changed the risk, the first included: a report then an update to HIGH reads as two. */
export function riskChanges(gradings: readonly { at: Date; riskLevel: RiskLevel }[]): { at: Date; riskLevel: RiskLevel }[] {
  return gradings.filter((g, i) => i === 0 || g.riskLevel !== gradings[i - 1].riskLevel);
}

/**
 * The week's report from its episodes: split into our children (wherever placed), children placed
 * here by others, and those whose placing authority the police did not give; each by start time.
 */
export function weeklyReportRows(episodes: readonly WeekEpisode[], p: { week: LondonWeek; now: Date; homeAuthority: string; homeForces: readonly string[]; profile: ProtocolProfile }): WeeklyReportRows {
  const endOfWeek = Math.min(p.week.to.getTime(), p.now.getTime());
  const parts: Record<ReportPart, WeeklyEpisodeRow[]> = { OURS: [], PLACED_HERE: [], AUTHORITY_NOT_KNOWN: [] };
  const sorted = [...episodes].sort((a, b) => (episodeStart(a)?.getTime() ?? 0) - (episodeStart(b)?.getTime() ?? 0) || a.policeReference.localeCompare(b.policeReference));
  for (const e of sorted) {
    const part = partOf(e.responsibleAuthority, p.homeAuthority);
    const start = episodeStart(e);
    const notice = part === 'PLACED_HERE' ? placementNoticeCovering(e.notices, e, p.now) : null;
    const provider = notice ? e.notices.find((n) => n.id === notice.id) : undefined;
    const found = [e.foundPostcode, e.foundDescription, e.returnedTo].some((v) => v !== null);
    parts[part].push({
      episodeId: e.id,
      policeReference: e.policeReference,
      force: e.force,
      child: {
        id: e.childId,
        givenName: e.givenName,
        familyName: e.familyName,
        localAuthorityId: e.localAuthorityId,
        dateOfBirth: e.dateOfBirth,
        ageYears: e.dateOfBirth && start ? ageOn(e.dateOfBirth, londonCalendarDate(start)) : null,
      },
      placement: { kind: provider?.providerKind ?? e.missingFrom, provider: provider?.providerName ?? null, noticeId: provider?.id ?? null },
      placingAuthority: e.responsibleAuthority?.trim() || null,
      missingSince: e.missingSince,
      foundAt: e.foundAt,
      stillMissing: e.foundAt === null || e.foundAt.getTime() >= endOfWeek,
      durationMinutes: durationMinutes(e, p.now),
      riskLevel: episodeRisk(e, p.profile),
      policeRiskLevel: e.riskLevel,
      riskChanges: riskChanges(e.gradings),
      vulnerabilities: e.vulnerabilities,
      foundLocation: found ? { postcode: e.foundPostcode, description: e.foundDescription, returnedTo: e.returnedTo } : null,
      repeatCount: e.repeatCount,
      missingElsewhere: part === 'OURS' && p.homeForces.length > 0 && !p.homeForces.includes(e.force),
    });
  }
  const all = [...parts.OURS, ...parts.PLACED_HERE, ...parts.AUTHORITY_NOT_KNOWN];
  return {
    summary: {
      episodes: all.length,
      children: new Set(all.map((r) => r.child.id)).size,
      stillMissing: all.filter((r) => r.stillMissing).length,
      highRisk: all.filter((r) => r.riskLevel === 'HIGH').length,
    },
    ours: parts.OURS,
    placedHere: parts.PLACED_HERE,
    authorityNotKnown: parts.AUTHORITY_NOT_KNOWN,
  };
}
