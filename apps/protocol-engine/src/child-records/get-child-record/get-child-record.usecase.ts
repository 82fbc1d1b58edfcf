import { Clock } from '@homeward/contracts';
import { londonCalendarDate } from '@homeward/deadlines';
import type { StaffIdentity } from '@homeward/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DecisionsInWords } from '../../decisions/decisions-in-words';
import { ProtocolEngineConfig } from '../../protocol-engine.config';
import { educationKeyOf } from '../education-key';
import { ActiveProtocol } from '../../protocol-versions/active-protocol';
import { RecordViews } from '../../record-views/record-views';
import type { ChildRecordView } from '../child-record.views';
import { ChildSummaries } from '../child-summaries';
import { childSummary } from '../child-summary';
import { childRecord, type NotificationRow } from './child-record';

export interface GetChildRecordQuery {
  staff: StaffIdentity;
  childId: string;
  /** The child's page (RECORD) or a task page showing the child (TASK). */
  purpose: 'RECORD' | 'TASK';
}

/** A child's record: every episode newest first, with what the police said and what the protocol decided. */
@Injectable()
export class GetChildRecord {
  constructor(
    private readonly dataSource: DataSource,
    private readonly summaries: ChildSummaries,
    private readonly decisions: DecisionsInWords,
    private readonly protocol: ActiveProtocol,
    private readonly views: RecordViews,
    private readonly clock: Clock,
    private readonly config: ProtocolEngineConfig,
  ) {}

  async execute(query: GetChildRecordQuery): Promise<ChildRecordView> {
    const { children, episodes } = await this.summaries.read([query.childId]);
    const [child] = children;
    if (!child) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such child' });
    const now = this.clock.now();
    const [{ profile }, notifications, decisions] = await Promise.all([
      this.protocol.at(now),
      this.notificationsOf(child.id),
      this.decisions.ofChild(child.id),
    ]);
    const summary = childSummary(child, episodes, profile, londonCalendarDate(now));
    await this.views.record(query.staff, [child.id], query.purpose);
    const educationKey = educationKeyOf(this.config.childKeySecret, child);
    return childRecord({ summary, episodes, notifications, decisions, profile, now, educationKey });
  }

  private notificationsOf(childId: string): Promise<NotificationRow[]> {
    return this.dataSource.query<NotificationRow[]>(
      `SELECT an.episode_id AS "episodeId", an.type, an.occurred_at AS "occurredAt", an.risk_level AS "riskLevel",
              nd.location_postcode AS "locationPostcode", nd.location_description AS "locationDescription",
              nd.returned_to AS "returnedTo", nd.found_by AS "foundBy",
              nd.safe_and_well_check_at AS "safeAndWellCheckAt", nd.harm_suffered AS "harmSuffered"
         FROM applied_notifications an
         LEFT JOIN notification_details nd ON nd.ingest_id = an.ingest_id
        WHERE an.child_id = $1
        ORDER BY an.occurred_at, an.seq`,
      [childId],
    );
  }
}
