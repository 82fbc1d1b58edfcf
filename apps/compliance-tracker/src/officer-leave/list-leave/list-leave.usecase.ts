import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { LEAVE_SELECT, LeaveRow, LeaveView, toLeaveView } from '../leave.view';
import { ListLeaveCommand } from './list-leave.command';

export class LeavePage {
  @ApiProperty({ type: [LeaveView] }) items: LeaveView[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** Recorded leave (cancelled included, marked so), latest start first. */
@Injectable()
export class ListLeave {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(command: ListLeaveCommand): Promise<LeavePage> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (command.officer) {
      params.push(command.officer);
      conditions.push(`o.username = $${params.length}`);
    }
    if (command.activeAt) {
      params.push(command.activeAt);
      conditions.push(`l.starts_at <= $${params.length} AND l.ends_at > $${params.length} AND l.cancelled_at IS NULL`);
    }
    params.push(command.pageSize, (command.page - 1) * command.pageSize);
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows = (await this.dataSource.query(
      `${LEAVE_SELECT} ${where} ORDER BY l.starts_at DESC, l.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    )) as LeaveRow[];
    const now = this.clock.now();
    return { items: rows.map((r) => toLeaveView(r, now)), page: command.page, pageSize: command.pageSize };
  }
}
