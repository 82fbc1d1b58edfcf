/** protocol-engine's staff answers, as its OpenAPI (/docs) describes them (apps/protocol-engine/src/child-records). */

/** GET /v1/children, /v1/children/search: a child as a list shows them. */
export interface ChildSummary {
  id: string;
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  ageYears: number;
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
  status: 'MISSING' | 'FOUND';
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
}

/** GET /v1/children/{id}/views (MANAGER): newest first. */
export interface RecordView {
  staffId: string;
  purpose: 'LIST' | 'SEARCH' | 'RECORD' | 'TASK' | string;
  viewedAt: string;
}
