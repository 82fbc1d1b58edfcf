/** protocol-engine's staff answers, as its OpenAPI (/docs) describes them (apps/protocol-engine/src/child-records). */

/** GET /v1/children, /v1/children/search: a child as a list shows them. */
export interface ChildSummary {
  id: string;
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD; null once erased. */
  dateOfBirth: string | null;
  ageYears: number | null;
  gender: string | null;
  localAuthorityId: string | null;
  careStatus: string | null;
  responsibleAuthority: string | null;
  /** Effective risk now (at least HIGH with a CSE or CCE flag). */
  riskLevel: string | null;
  vulnerabilities: string[];
  /** An episode is still open: the child is missing now. */
  openEpisode: boolean;
  allocatedWorker: string | null;
  /** Set once the child's personal data was erased: names, date of birth and age are then null (shown as "Child (details erased)"). */
  erasedAt?: string | null;
}

export interface EpisodeNotification {
  type: 'MISSING_REPORTED' | 'RISK_UPDATED' | 'FOUND' | string;
  occurredAt: string;
  riskLevel: string;
  location: { postcode: string | null; description: string | null } | null;
  found: { returnedTo: string | null; foundBy: string | null; safeAndWellCheckAt: string | null; harmSuffered: boolean | null } | null;
}

/** A decision in words (also GET /v1/decisions/{id}, with childId, episodeId, policeReference). */
export interface DecisionInWords {
  id: string;
  decidedAt: string;
  cause: string;
  effectiveRisk: string;
  alerts: string[];
  protocolVersion: { id: string; version: string; name: string | null };
  rulesFired: { id: string; description: string }[];
  actions: { type: string; priority: string; dueAt: string; reasons: string[]; responsibleAuthority: string | null }[];
}

export interface DecisionDetail extends DecisionInWords {
  childId: string;
  episodeId: string;
  policeReference: string;
}

export interface EpisodeRecord {
  id: string;
  force: string;
  policeReference: string;
  missingSince: string | null;
  foundAt: string | null;
  durationMinutes: number | null;
  /** WITHDRAWN: the police withdrew the report (made in error); kept, not counted. */
  status: 'MISSING' | 'FOUND' | 'WITHDRAWN';
  withdrawn?: { at: string; reason: string } | null;
  riskLevel: string;
  policeRiskLevel: string;
  vulnerabilities: string[];
  careStatus: string;
  responsibleAuthority: string | null;
  missingFrom: string | null;
  /** In the order they happened. */
  notifications: EpisodeNotification[];
  /** In the order they were made. */
  decisions: DecisionInWords[];
}

/** GET /v1/children/{id}. */
export interface ChildRecord extends ChildSummary {
  repeatCount: number | null;
  repeatWindowDays: number | null;
  /** Newest first. */
  episodes: EpisodeRecord[];
  /** The keyed hash education-referrals finds the same child's CME cases by; null once erased. */
  educationKey: string | null;
}

/** GET /v1/children/{id}/views (MANAGER): newest first. */
export interface RecordView {
  staffId: string;
  purpose: 'LIST' | 'SEARCH' | 'RECORD' | 'TASK' | string;
  viewedAt: string;
}

/** A rule of a protocol profile (libs/protocol ProtocolRule): `when` as json-rules-engine conditions. */
export interface ProtocolRuleView {
  id: string;
  reason: string;
  when: unknown;
  then: {
    actions?: { taskType: string; keySuffix?: string; priority?: string; deadline?: { unit: 'CLOCK_HOURS' | 'WORKING_DAYS'; amount: number }; anchor?: string; responsible?: string }[];
    raiseRiskTo?: string;
    alerts?: string[];
    listings?: string[];
    supersedePrevious?: string[];
  };
}

/** GET /v1/protocol/versions items. */
export interface ProtocolVersionView {
  id: string;
  version: string;
  status: 'DRAFT' | 'ACTIVE' | 'RETIRED';
  profile: {
    version: string;
    name?: string;
    description?: string;
    timers: { timer: string; afterHours: number; riskAtMost?: string }[];
    rules: ProtocolRuleView[];
  };
  effectiveFrom: string | null;
  createdBy: string;
  createdAt: string;
  activatedBy: string | null;
  activatedAt: string | null;
  retiredAt: string | null;
}

/** A task a decision asks for (contracts' RequiredAction). */
export interface RequiredActionView {
  actionKey: string;
  taskType: string;
  priority: string;
  deadline: { unit: 'CLOCK_HOURS' | 'WORKING_DAYS'; amount: number };
  anchorAt: string;
  responsibleAuthority: string | null;
  reasons: string[];
}

type ActionEssentials = Pick<RequiredActionView, 'priority' | 'deadline' | 'anchorAt' | 'responsibleAuthority' | 'reasons'>;

/** One notification whose decision the draft would make differently. */
export interface DecisionDifference {
  /** What the live system decided on: a notification, or a timer falling due (then `type` is the timer). */
  cause: { kind: 'notification'; ingestId: string; notificationId: string } | { kind: 'timer'; timerId: string; timer: string };
  ingestId?: string;
  policeReference: string;
  episodeId: string;
  type: string;
  occurredAt: string;
  baselineVersion: string;
  added: RequiredActionView[];
  removed: RequiredActionView[];
  changed: { actionKey: string; taskType: string; before: ActionEssentials; after: ActionEssentials }[];
  rulesNowFiring: string[];
  rulesNoLongerFiring: string[];
}

/** POST /v1/protocol/what-if. */
export interface WhatIfAnswer {
  from: string;
  to: string;
  draftVersion: string;
  notificationsReplayed: number;
  timersReplayed: number;
  decisionsDiffering: number;
  summary: { tasksAdded: number; tasksRemoved: number; tasksChanged: number; byRule: Record<string, { added: number; removed: number; changed: number }> };
  /** The first 1,000; decisionsDiffering counts them all. */
  differences: DecisionDifference[];
}

/** The lists as protocol-engine's URLs name them. */
export type MeetingListPath = 'monthly-meeting' | 'cse-meeting';

/** A child on a meeting list now (GET /v1/meeting-lists/{list} children). */
export interface MeetingListChild {
  entryId: string;
  childId: string;
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  localAuthorityId: string | null;
  since: string;
  reason: { ruleId: string; text: string; decisionId: string; policeReference: string };
  /** null: until a manager removes them. */
  until: string | null;
  untilReason: string;
}

/** GET /v1/meeting-lists/{list}: longest on the list first. */
export interface MeetingListAnswer {
  list: string;
  asOf: string;
  children: MeetingListChild[];
}

/** POST /v1/meeting-lists/{list}/removals body (MANAGER); note required for OTHER. */
export interface MeetingListRemoval {
  childId: string;
  reason: string;
  note?: string;
}

/** GET /v1/children/{id}/placement-notices items, newest first. */
export interface PlacementNoticeView {
  id: string;
  /** la:<authority code> or staff:<staff id> */
  sender: string;
  noticeId: string;
  placingAuthority: string;
  /** YYYY-MM-DD */
  placementStart: string;
  placementEnd: string | null;
  providerName: string;
  providerKind: string;
  riskAssessmentProvided: boolean;
  riskManagementPlanProvided: boolean;
  receivedAt: string;
}

/** PUT /v1/children/{id}/allocated-worker answer. */
export interface AllocatedWorkerView {
  childId: string;
  staffId: string | null;
  previousStaffId: string | null;
  recordedBy: string;
  recordedAt: string;
}

/** GET /v1/children/{id}/changes items (MANAGER), oldest first. */
export interface ChildChange {
  at: string;
  /** `staff:<id>` or `police:<force>` */
  actor: string;
  action: 'DETAILS_CORRECTED' | 'MERGED' | 'MERGED_INTO' | string;
  detail: Record<string, unknown>;
}

/** POST /v1/children/{id}/merge answer. */
export interface ChildMerged {
  mergeId: string;
  survivorChildId: string;
  mergedChildId: string;
  mergedAt: string;
  mergedBy: string;
  episodesMoved: number;
}

/** M (missing) or A (away from placement without authorisation): the 903 Missing table's MISSING. */
export type Ssda903AbsenceKind = 'M' | 'A';

/** One row of GET /v1/reports/ssda903-missing: the DfE row, its episode, and whether M/A is the default. */
export interface Ssda903MissingRow {
  episodeId: string;
  policeReference: string;
  force: string;
  childId: string;
  missingSince: string | null;
  foundAt: string | null;
  row: { CHILD: string | null; DOB: string | null; MISSING: Ssda903AbsenceKind; MIS_START: string | null; MIS_END: string | null };
  defaulted: boolean;
  kindSetBy: string | null;
  kindSetAt: string | null;
}

/** A failed check of the Missing table, naming the episode to fix. */
export interface Ssda903MissingFailure {
  code: string;
  message: string;
  source: 'DFE' | 'HOMEWARD';
  fields: string[];
  episodeId: string;
  policeReference: string;
  childId: string;
}

/** GET /v1/reports/ssda903-missing?year= (CMO, MANAGER or READ_ONLY). */
export interface Ssda903MissingReturn {
  year: number;
  collectionStart: string;
  collectionEnd: string;
  asOf: string;
  valid: boolean;
  summary: { rows: number; children: number; missing: number; away: number; defaulted: number; openAtYearEnd: number; failures: number };
  failures: Ssda903MissingFailure[];
  rows: Ssda903MissingRow[];
  rulesChecked: { code: string; message: string; source: 'DFE' | 'HOMEWARD' }[];
}

/** PUT /v1/episodes/{id}/ssda903-absence-kind answer. */
export interface Ssda903AbsenceKindSet {
  episodeId: string;
  kind: Ssda903AbsenceKind;
  defaultKind: Ssda903AbsenceKind;
  setBy: string;
  setAt: string;
}

/** GET /v1/reports/yearly-figures: the counts of one month, one force or the whole year. */
export interface YearlyCounts {
  notifications: number;
  episodes: number;
  children: number;
  /** Episodes of a child already missing before in the year. */
  repeatEpisodes: number;
  /** Children with such an episode; over the whole year, the children with 2 or more episodes. */
  repeatChildren: number;
}

export interface YearlyFigures {
  year: number;
  start: string;
  end: string;
  asOf: string;
  homeAuthority: string;
  total: YearlyCounts;
  byMonth: (YearlyCounts & { month: string })[];
  byForce: (YearlyCounts & { force: string })[];
}

/** GET /v1/reports/monthly-pack: the monthly multi-agency meeting's children and hotspots. */
export type PackCriterion = 'MONTHLY_MEETING' | 'CSE_MEETING' | 'HIGH_RISK';

export interface PackEpisode {
  episodeId: string;
  policeReference: string;
  force: string;
  missingSince: string | null;
  foundAt: string | null;
  riskLevel: string;
  vulnerabilities: string[];
  foundLocation: string | null;
}

export interface PackChild {
  childId: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  localAuthorityId: string | null;
  reasons: { criterion: PackCriterion; reason: string; since: string; leftAt: string | null }[];
  episodes: PackEpisode[];
}

export interface Hotspot {
  by: 'POSTCODE_DISTRICT' | 'PLACE';
  key: string;
  label: string;
  reports: number;
  foundReports: number;
  lastSeenReports: number;
  reportsMonthBefore: number;
  change: number;
  episodes: number;
  children: { childId: string; givenName: string; familyName: string }[];
}

export interface MonthlyPack {
  month: string;
  previousMonth: string;
  asOf: string;
  children: PackChild[];
  hotspots: Hotspot[];
}

/** One episode of GET /v1/reports/weekly-looked-after: the child, placement, start and end, risk and its changes, found location, repeat count. */
export interface WeeklyLookedAfterEpisode {
  episodeId: string;
  policeReference: string;
  force: string;
  child: { id: string; givenName: string | null; familyName: string | null; localAuthorityId: string | null; dateOfBirth: string | null; ageYears: number | null };
  placement: { kind: string | null; provider: string | null; noticeId: string | null };
  placingAuthority: string | null;
  missingSince: string | null;
  foundAt: string | null;
  stillMissing: boolean;
  durationMinutes: number | null;
  riskLevel: string;
  policeRiskLevel: string;
  riskChanges: { at: string; riskLevel: string }[];
  vulnerabilities: string[];
  foundLocation: { postcode: string | null; description: string | null; returnedTo: string | null } | null;
  repeatCount: number | null;
  missingElsewhere: boolean;
}

/** GET /v1/reports/weekly-looked-after?week= (CMO, MANAGER or READ_ONLY). */
export interface WeeklyLookedAfterReport {
  weekStart: string;
  weekEnd: string;
  from: string;
  to: string;
  asOf: string;
  homeAuthority: string;
  repeatWindowDays: number | null;
  summary: { episodes: number; children: number; stillMissing: number; highRisk: number };
  ours: WeeklyLookedAfterEpisode[];
  placedHere: WeeklyLookedAfterEpisode[];
  authorityNotKnown: WeeklyLookedAfterEpisode[];
}
