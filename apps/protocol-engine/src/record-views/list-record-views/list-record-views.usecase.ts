import { Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Child } from '../../children/child.entity';
import { ChildRecordView, ViewPurposes } from '../child-record-view.entity';

export class RecordViewView {
  @ApiProperty({ example: 'jo.bloggs', description: 'The staff member (username in the staff directory)' }) staffId: string;
  @ApiProperty({ enum: ViewPurposes, description: 'LIST (a queue), SEARCH, RECORD (the child page), TASK (a task page) or MEETING_LIST (a meeting list)' }) purpose: string;
  @ApiProperty({ format: 'date-time' }) viewedAt: Date;
}

/** How many views one answer lists: a record read daily for years stays one page. */
const LIMIT = 500;

/** Who viewed a child's record, newest first (for managers). */
@Injectable()
export class ListRecordViews {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: { childId: string }): Promise<RecordViewView[]> {
    if (!(await this.dataSource.getRepository(Child).exists({ where: { id: query.childId } }))) {
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such child' });
    }
    const views = await this.dataSource.getRepository(ChildRecordView).find({
      where: { childId: query.childId },
      order: { viewedAt: 'DESC' },
      take: LIMIT,
    });
    return views.map((v) => ({ staffId: v.staffId, purpose: v.purpose, viewedAt: v.viewedAt }));
  }
}
