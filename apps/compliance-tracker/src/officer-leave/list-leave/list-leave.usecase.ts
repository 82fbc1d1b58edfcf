import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { LEAVE_SELECT, LeaveRow, LeaveView, toLeaveView } from '../leave.view';
import { ListLeaveQuery } from './list-leave.query';

export class LeavePage {
  @ApiProperty({ type: [LeaveView] }) items: LeaveView[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** Recorded leave, latest start first. */
@Injectable()
export class ListLeave {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListLeaveQuery): Promise<LeavePage> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (query.officer) {
      params.push(query.officer);
      conditions.push(`o.username = $${params.length}`);
    }
    if (query.activeAt) {
      params.push(new Date(query.activeAt));
      conditions.push(`l.starts_at <= $${params.length} AND l.ends_at > $${params.length}`);
    }
    params.push(query.pageSize, (query.page - 1) * query.pageSize);
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows = (await this.dataSource.query(
      `${LEAVE_SELECT} ${where} ORDER BY l.starts_at DESC, l.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    )) as LeaveRow[];
    return { items: rows.map(toLeaveView), page: query.page, pageSize: query.pageSize };
  }
}
