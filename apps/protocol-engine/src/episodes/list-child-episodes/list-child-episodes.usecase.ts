import { CancellationReasons, CareStatuses, RiskLevels, Vulnerabilities } from '@homeward/contracts';
import type { StaffIdentity } from '@homeward/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Child } from '../../children/child.entity';
import { RecordViews } from '../../record-views/record-views';
import { Episode } from '../episode.entity';

export class ChildEpisodeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'NOTTS' }) force: string;
  @ApiProperty({ example: 'NT/26/004512' }) policeReference: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Null while only a FOUND has arrived' })
  missingSince: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Null while missing' })
  foundAt: Date | null;
  @ApiProperty({ enum: RiskLevels, description: 'Latest police grading' }) riskLevel: string;
  @ApiProperty({ enum: Vulnerabilities, isArray: true }) vulnerabilities: string[];
  @ApiProperty({ enum: CareStatuses }) careStatus: string;
  @ApiProperty({ nullable: true, type: String, description: 'Placing LA code when looked after' }) responsibleAuthority: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the police withdrew the report (the episode counts nowhere); null otherwise' })
  withdrawnAt: Date | null;
  @ApiProperty({ nullable: true, enum: CancellationReasons }) withdrawnReason: string | null;
}

/** A child's missing history by opaque id, earliest first: no names or dates of birth in the answer, but still the child's data, so the read is recorded. A merged record's id reads as its survivor's. */
@Injectable()
export class ListChildEpisodes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: RecordViews,
  ) {}

  async execute(query: { staff: StaffIdentity; childId: string }): Promise<ChildEpisodeView[]> {
    const known = await this.dataSource.getRepository(Child).findOne({ where: { id: query.childId }, select: { id: true, mergedInto: true } });
    if (!known) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such child' });
    const episodes = await this.dataSource
      .getRepository(Episode)
      .createQueryBuilder('e')
      .where('e.childId = :id', { id: known.mergedInto ?? known.id })
      // An episode known only by its FOUND so far still sits in time order.
      .orderBy('COALESCE(e.missing_since, e.found_at)', 'ASC')
      .getMany();
    await this.views.record(query.staff, [known.mergedInto ?? known.id], 'EPISODES');
    return episodes.map((e) => ({
      id: e.id,
      force: e.force,
      policeReference: e.policeReference,
      missingSince: e.missingSince,
      foundAt: e.foundAt,
      riskLevel: e.riskLevel,
      vulnerabilities: e.vulnerabilities,
      careStatus: e.careStatus,
      responsibleAuthority: e.responsibleAuthority,
      withdrawnAt: e.withdrawnAt,
      withdrawnReason: e.withdrawnReason,
    }));
  }
}
