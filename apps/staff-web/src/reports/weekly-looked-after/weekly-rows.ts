import type { EpisodeWork } from '../../data/compliance-tracker.types';
import type { WeeklyLookedAfterEpisode, WeeklyLookedAfterReport } from '../../data/protocol-engine.types';
import { londonDateTime } from '../../web/date-filters';
import { durationInWords } from '../../web/duration';
import { label } from '../../web/labels';

type RhiState = NonNullable<EpisodeWork['returnInterview']>['state'];
const RHI_STATE_TEXT: Record<RhiState, string> = {
  TO_OFFER: 'Not offered yet',
  OFFERED: 'Offered',
  ACCEPTED: 'Accepted',
  HELD: 'Held',
  DECLINED: 'Declined',
  NOT_OFFERED: 'Not offered',
  SUPERSEDED: 'Superseded (missing again)',
  CANCELLED: 'Cancelled',
};

/** An episode of the report with its work from compliance-tracker, and the words the page and the CSV share. */
export interface WeeklyRow extends WeeklyLookedAfterEpisode {
  work: EpisodeWork | null;
  childName: string;
  placementText: string;
  durationText: string;
  riskText: string;
  riskChangesText: string;
  flagsText: string;
  foundLocationText: string;
  rhi: { text: string; timing: string; overdue: boolean; late: boolean; responsible: string } | null;
  openActions: { text: string; overdue: boolean }[];
}

const childName = (c: WeeklyLookedAfterEpisode['child']) => [c.givenName, c.familyName].filter(Boolean).join(' ') || 'Name erased';

function rhiOf(work: EpisodeWork | null): WeeklyRow['rhi'] {
  const r = work?.returnInterview;
  if (!r) return null;
  const due = londonDateTime(r.dueAt);
  let timing = `Due ${due}`;
  if (r.overdue) timing = `Was due ${due}`;
  else if (r.state === 'HELD' && r.heldOnTime !== null) timing = r.heldOnTime ? 'Offered and held on time' : r.offeredOnTime ? 'Offered on time, held late' : 'Offered late';
  else if (r.offeredOnTime === true) timing = 'Offered on time';
  else if (r.offeredOnTime === false) timing = 'Not offered on time';
  else if (r.state === 'SUPERSEDED' || r.state === 'CANCELLED') timing = '';
  const responsible = r.responsibleAuthority ? `Placing authority (${r.responsibleAuthority})` : r.hostForce ? `Us, arranged in the ${r.hostForce} area` : 'Us';
  return { text: RHI_STATE_TEXT[r.state], timing, overdue: r.overdue, late: r.offeredOnTime === false, responsible };
}

/** One row of the report joined to its episode's work by episode id. */
export function weeklyRow(e: WeeklyLookedAfterEpisode, work: EpisodeWork | null): WeeklyRow {
  const kind = e.placement.kind ? label('placementProvider', e.placement.kind) || label('missingFrom', e.placement.kind) : '';
  const location = e.foundLocation ? [e.foundLocation.description, e.foundLocation.postcode].filter(Boolean).join(', ') : '';
  return {
    ...e,
    work,
    childName: childName(e.child),
    placementText: [kind || 'Not known', e.placement.provider].filter(Boolean).join(': '),
    durationText: durationInWords(e.durationMinutes),
    riskText: label('risk', e.riskLevel),
    riskChangesText: e.riskChanges.length > 1 ? e.riskChanges.map((c) => `${label('risk', c.riskLevel)} (${londonDateTime(c.at)})`).join(' then ') : '',
    flagsText: e.vulnerabilities.map((v) => label('flag', v)).join(', '),
    foundLocationText: [location, e.foundLocation?.returnedTo ? `returned to ${e.foundLocation.returnedTo}` : ''].filter(Boolean).join('; '),
    rhi: rhiOf(work),
    openActions: (work?.openActions ?? []).map((a) => ({ text: `${label('taskType', a.type)}, due ${londonDateTime(a.dueAt)}`, overdue: a.overdue })),
  };
}

export interface WeeklyReportRows {
  ours: WeeklyRow[];
  placedHere: WeeklyRow[];
  authorityNotKnown: WeeklyRow[];
  summary: WeeklyLookedAfterReport['summary'] & { rhisOverdue: number };
}

/** protocol-engine's report and compliance-tracker's work, joined by episode id; RHIs overdue counted here, where both are known. */
export function joinWork(report: WeeklyLookedAfterReport, work: readonly EpisodeWork[]): WeeklyReportRows {
  const byEpisode = new Map(work.map((w) => [w.episodeId, w]));
  const rows = (episodes: WeeklyLookedAfterEpisode[]) => episodes.map((e) => weeklyRow(e, byEpisode.get(e.episodeId) ?? null));
  const [ours, placedHere, authorityNotKnown] = [rows(report.ours), rows(report.placedHere), rows(report.authorityNotKnown)];
  const rhisOverdue = [...ours, ...placedHere, ...authorityNotKnown].filter((r) => r.rhi?.overdue).length;
  return { ours, placedHere, authorityNotKnown, summary: { ...report.summary, rhisOverdue } };
}

/** Every episode id of the report, for compliance-tracker. */
export const episodeIdsOf = (r: WeeklyLookedAfterReport): string[] => [...r.ours, ...r.placedHere, ...r.authorityNotKnown].map((e) => e.episodeId);
