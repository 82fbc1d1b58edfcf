import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { LadderRole, LadderRoles } from '../officer.entity';

export class LadderRungView {
  @ApiProperty({ enum: LadderRoles }) ladderRole: LadderRole;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The manager on this rung; null: nobody holds it (escalations reach the role only)' }) username: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) displayName: string | null;
  @ApiProperty({ description: 'On leave now (their cover is told instead)' }) onLeaveNow: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Their cover while on leave' }) cover: string | null;
}

/** Who escalations name: the team manager and the service manager, with their cover while away. */
@Injectable()
export class EscalationLadder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<LadderRungView[]> {
    const rows = (await this.dataSource.query(
      `SELECT o.ladder_role, o.username, o.display_name, l.id IS NOT NULL AS on_leave, c.username AS cover
         FROM officers o
         LEFT JOIN officer_leave l ON l.officer_id = o.id AND l.starts_at <= $1 AND l.ends_at > $1 AND l.cancelled_at IS NULL
         LEFT JOIN officers c ON c.id = l.cover_officer_id
        WHERE o.ladder_role IS NOT NULL AND o.disabled_at IS NULL`,
      [this.clock.now()],
    )) as { ladder_role: LadderRole; username: string; display_name: string; on_leave: boolean; cover: string | null }[];
    return LadderRoles.map((ladderRole) => {
      const r = rows.find((row) => row.ladder_role === ladderRole);
      return { ladderRole, username: r?.username ?? null, displayName: r?.display_name ?? null, onLeaveNow: r?.on_leave ?? false, cover: r?.cover ?? null };
    });
  }
}
