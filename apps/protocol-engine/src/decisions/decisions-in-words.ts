import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decisionInWords, type DecisionDetailView, type DecisionRowInWords } from './decision-in-words';

// One read with the version's name and, for a notification, its type (found by the cause's ingest id).
const SELECT = `
  SELECT d.id, d.child_id AS "childId", d.episode_id AS "episodeId", d.police_reference AS "policeReference",
         d.cause, d.decided_at AS "decidedAt", d.effective_risk AS "effectiveRisk", d.alerts,
         d.required_actions AS "requiredActions", d.fired_rules AS "firedRules",
         d.protocol_version_id AS "protocolVersionId", d.protocol_version AS "protocolVersion",
         v.profile->>'name' AS "protocolVersionName", an.type AS "notificationType", d.placement_notice AS "placementNotice"
    FROM decisions d
    JOIN protocol_versions v ON v.id = d.protocol_version_id
    LEFT JOIN applied_notifications an ON an.ingest_id = d.cause->>'ingestId'`;

/** Decisions in words (rules, version, deadlines), for a child's record and a task's "why". */
@Injectable()
export class DecisionsInWords {
  constructor(private readonly dataSource: DataSource) {}

  async byId(id: string): Promise<DecisionDetailView | undefined> {
    const [row] = await this.dataSource.query<DecisionRowInWords[]>(`${SELECT} WHERE d.id = $1`, [id]);
    return row && decisionInWords(row);
  }

  /** Every decision about the child, in the order they were made. */
  async ofChild(childId: string): Promise<DecisionDetailView[]> {
    const rows = await this.dataSource.query<DecisionRowInWords[]>(`${SELECT} WHERE d.child_id = $1 ORDER BY d.seq`, [childId]);
    return rows.map(decisionInWords);
  }
}
