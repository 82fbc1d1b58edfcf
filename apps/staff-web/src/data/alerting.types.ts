/** alerting's answers (apps/alerting/src/alerts/alert-view.ts): references and a link, never a child's personal data. */
export interface AlertView {
  id: string;
  kind: string;
  recipient: string;
  /** Null for an alert about a CME task (see caseReference). */
  policeReference: string | null;
  /** The CME case's reference, for an alert about a CME task. */
  caseReference?: string | null;
  childId: string | null;
  episodeId: string | null;
  riskLevel: string | null;
  taskId: string | null;
  responsibleAuthority: string | null;
  summary: string;
  link: string;
  raisedAt: string;
  acknowledgedAt: string | null;
  /** The staff id (username) of whoever acknowledged it first. */
  acknowledgedBy: string | null;
  escalationOf: string | null;
}

/** GET /v1/alerts filters (the stream takes kind, recipient and policeReference). */
export interface AlertFeedQuery {
  kind?: string;
  recipient?: string;
  policeReference?: string;
  acknowledged?: boolean;
  /** 1 to 200. */
  limit?: number;
}
