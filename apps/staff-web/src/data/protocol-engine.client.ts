import { Injectable } from '@nestjs/common';
import { StaffWebConfig } from '../staff-web.config';
import { ApiClient } from './api-client';
import { shownChild } from './erased-child';
import type {
  AllocatedWorkerView,
  ChildChange,
  ChildMerged,
  ChildRecord,
  ChildSummary,
  DecisionDetail,
  MeetingListAnswer,
  MeetingListPath,
  MeetingListRemoval,
  PlacementNoticeView,
  ProtocolVersionView,
  RecordView,
  Ssda903AbsenceKind,
  Ssda903AbsenceKindSet,
  Ssda903MissingReturn,
  WeeklyLookedAfterReport,
  WhatIfAnswer,
} from './protocol-engine.types';

/**
 * protocol-engine: children (summaries, search, records), decisions, protocol versions, what-if.
 * Every read of a child's personal data is recorded there, with the purpose passed here.
 */
@Injectable()
export class ProtocolEngineClient {
  protected readonly api: ApiClient;

  constructor(config: StaffWebConfig) {
    this.api = new ApiClient('protocol-engine', config.protocolEngineUrl, config.apiTimeoutMs);
  }

  /** The children behind a page of tasks (≤ 100 ids; unknown ones left out). */
  children(token: string, ids: string[], purpose: 'LIST' | 'TASK' = 'LIST'): Promise<ChildSummary[]> {
    return this.api.get<ChildSummary[]>('/v1/children', { token, query: { ids, purpose } }).then((children) => children.map(shownChild));
  }

  /** Up to 50 children by police reference or LA id (exact), date of birth or names (recorded as SEARCH); 400 for q under 2 characters. */
  searchChildren(token: string, q: string): Promise<ChildSummary[]> {
    return this.api.get<ChildSummary[]>('/v1/children/search', { token, query: { q } }).then((children) => children.map(shownChild));
  }

  /** A child's record, every episode newest first; 404 (ApiProblem) for no such child. */
  childRecord(token: string, id: string, purpose: 'RECORD' | 'TASK' = 'RECORD'): Promise<ChildRecord> {
    return this.api.get<ChildRecord>(`/v1/children/${encodeURIComponent(id)}`, { token, query: { purpose } }).then(shownChild);
  }

  /** Who viewed a child's record, newest first (MANAGER only). */
  childRecordViews(token: string, id: string): Promise<RecordView[]> {
    return this.api.get(`/v1/children/${encodeURIComponent(id)}/views`, { token });
  }

  /** The placement notices matched to the child, newest first (recorded as a view of the record). */
  placementNotices(token: string, childId: string): Promise<PlacementNoticeView[]> {
    return this.api.get(`/v1/children/${encodeURIComponent(childId)}/placement-notices`, { token });
  }

  /** CMO or MANAGER; `staffId: null` records that the child has none. 400 with `problems` (staffId). */
  setAllocatedWorker(token: string, childId: string, staffId: string | null): Promise<AllocatedWorkerView> {
    return this.api.put(`/v1/children/${encodeURIComponent(childId)}/allocated-worker`, { token, body: { staffId } });
  }

  /** Corrections of the child's details and merges, oldest first (MANAGER only). */
  childChanges(token: string, childId: string): Promise<ChildChange[]> {
    return this.api.get(`/v1/children/${encodeURIComponent(childId)}/changes`, { token });
  }

  /** MANAGER: the record mergeChildId moves into survivorId. 400 (same record), 404 (either unknown), 409 (either merged already). */
  mergeChildren(token: string, survivorId: string, mergeChildId: string): Promise<ChildMerged> {
    return this.api.post(`/v1/children/${encodeURIComponent(survivorId)}/merge`, { token, body: { mergeChildId } });
  }

  /** The children on a meeting list now, longest on first (CMO, MANAGER, READ_ONLY; each child read is recorded). */
  meetingList(token: string, list: MeetingListPath): Promise<MeetingListAnswer> {
    return this.api.get(`/v1/meeting-lists/${list}`, { token });
  }

  /** MANAGER: takes the child off the list. 400 with `problems` (reason, note), 404 when they are not on it. */
  removeFromMeetingList(token: string, list: MeetingListPath, removal: MeetingListRemoval): Promise<{ entryId: string; leftAt: string; leftReason: string; leftBy: string }> {
    return this.api.post(`/v1/meeting-lists/${list}/removals`, { token, body: removal });
  }

  /** One decision in words, with its child, episode and police reference. */
  decision(token: string, id: string): Promise<DecisionDetail> {
    return this.api.get(`/v1/decisions/${encodeURIComponent(id)}`, { token });
  }

  /** Every protocol version, newest first (PROTOCOL_ADMIN or MANAGER). */
  protocolVersions(token: string): Promise<ProtocolVersionView[]> {
    return this.api.get('/v1/protocol/versions', { token });
  }

  /** A stored version tried over [from, to] (instants, at most 366 days apart; PROTOCOL_ADMIN): nothing is stored. 400 with `problems`, 404 for no such version. */
  whatIf(token: string, run: { versionId: string; from: string; to: string }): Promise<WhatIfAnswer> {
    return this.api.post('/v1/protocol/what-if', { token, body: { profile: run.versionId, from: run.from, to: run.to } });
  }

  /** The SSDA903 Missing table of a collection year (2026: 1 April 2026 to 31 March 2027), with its failures; each child in it is recorded as read (REPORT). */
  ssda903MissingReturn(token: string, year: number): Promise<Ssda903MissingReturn> {
    return this.api.get('/v1/reports/ssda903-missing', { token, query: { year } });
  }

  /**
   * The DfE CSV file itself, as bytes protocol-engine wrote them (422 ApiProblem while any check fails).
   * Read through the client's byte-stream call: every other call here is JSON.
   */
  async ssda903MissingCsv(token: string, year: number): Promise<string> {
    const body = await this.api.stream('/v1/reports/ssda903-missing.csv', { token, query: { year }, signal: AbortSignal.timeout(60_000) });
    return new Response(body).text();
  }

  /** CMO or MANAGER: the episode is M or A in the 903 return from now on. 400 with `problems` (kind), 404 for no such episode. */
  setSsda903AbsenceKind(token: string, episodeId: string, kind: Ssda903AbsenceKind): Promise<Ssda903AbsenceKindSet> {
    return this.api.put(`/v1/episodes/${encodeURIComponent(episodeId)}/ssda903-absence-kind`, { token, body: { kind } });
  }

  /** The yearly and board figures of a financial year (2026: 1 April 2026 to 31 March 2027): counts only, so no child read is recorded. 400 with `problems` (year). */
  yearlyFigures(token: string, year: number): Promise<import('./protocol-engine.types').YearlyFigures> {
    return this.api.get('/v1/reports/yearly-figures', { token, query: { year } });
  }

  /** The monthly meeting's pack for a month (YYYY-MM): its children with their episodes, and hotspots; each child named is recorded as read (REPORT). */
  monthlyPack(token: string, month: string): Promise<import('./protocol-engine.types').MonthlyPack> {
    return this.api.get('/v1/reports/monthly-pack', { token, query: { month } });
  }

  /** The weekly looked-after children's missing report of the week starting Monday `week` (YYYY-MM-DD); each child in it is recorded as read (REPORT). */
  weeklyLookedAfterReport(token: string, week: string): Promise<WeeklyLookedAfterReport> {
    return this.api.get('/v1/reports/weekly-looked-after', { token, query: { week } });
  }
}
