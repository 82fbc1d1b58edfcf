import { Clock, type MeetingList } from '@homeward/contracts';
import type { StaffIdentity } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RecordViews } from '../../record-views/record-views';
import type { MeetingListChildView, MeetingListView } from '../meeting-list.view';

export interface ListMeetingListQuery {
  staff: StaffIdentity;
  list: MeetingList;
}

/** The children on a list now, longest listed first; each child's view is recorded before the answer leaves. */
@Injectable()
export class ListMeetingList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: RecordViews,
    private readonly clock: Clock,
  ) {}

  async execute(query: ListMeetingListQuery): Promise<MeetingListView> {
    const rows: (Omit<MeetingListChildView, 'reason'> & { ruleId: string; reasonText: string; decisionId: string; policeReference: string })[] = await this.dataSource.query(
      `SELECT m.id AS "entryId", m.child_id AS "childId", c.given_name AS "givenName", c.family_name AS "familyName",
              c.date_of_birth::text AS "dateOfBirth", c.local_authority_id AS "localAuthorityId", m.since, m.until, m.until_reason AS "untilReason",
              m.rule_id AS "ruleId", m.reason AS "reasonText", m.decision_id AS "decisionId", m.police_reference AS "policeReference"
         FROM meeting_list_entries m JOIN children c ON c.id = m.child_id
        WHERE m.list = $1 AND m.left_at IS NULL
        ORDER BY m.since, m.id`,
      [query.list],
    );
    await this.views.record(query.staff, rows.map((r) => r.childId), 'MEETING_LIST');
    return {
      list: query.list,
      asOf: this.clock.now(),
      children: rows.map(({ ruleId, reasonText, decisionId, policeReference, ...child }) => ({ ...child, reason: { ruleId, text: reasonText, decisionId, policeReference } })),
    };
  }
}
