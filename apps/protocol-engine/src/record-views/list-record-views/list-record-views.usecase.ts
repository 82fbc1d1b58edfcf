import { Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ViewPurposes } from '../child-record-view.entity';

export class RecordViewView {
  @ApiProperty({ example: 'jo.bloggs', description: 'The staff member (username in the staff directory)' }) staffId: string;
  @ApiProperty({ enum: ViewPurposes, description: 'LIST (a queue), SEARCH, RECORD (the child page), TASK (a task page), MEETING_LIST (a meeting list), DECISIONS (an episode\'s decisions, or one), EPISODES (the missing history), CHANGES (corrections and merges) or REPORT (a report naming the child, e.g. the SSDA903 Missing return)' }) purpose: string;
  @ApiProperty({ format: 'date-time' }) viewedAt: Date;
}

/** How many views one answer lists: a record read daily for years stays one page. */
const LIMIT = 500;

/** Who viewed a child's record, newest first (for managers), including the records merged into it. */
@Injectable()
export class ListRecordViews {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: { childId: string }): Promise<RecordViewView[]> {
    const [child]: { id: string }[] = await this.dataSource.query(`SELECT COALESCE(merged_into, id) AS id FROM children WHERE id = $1`, [query.childId]);
    if (!child) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such child' });
    // One child, however many records it once had: views of a record merged into this one are views of this child.
    return this.dataSource.query<RecordViewView[]>(
      `SELECT staff_id AS "staffId", purpose, viewed_at AS "viewedAt" FROM child_record_views
        WHERE child_id = $1 OR child_id IN (SELECT id FROM children WHERE merged_into = $1)
        ORDER BY viewed_at DESC, id DESC
        LIMIT ${LIMIT}`,
      [child.id],
    );
  }
}
