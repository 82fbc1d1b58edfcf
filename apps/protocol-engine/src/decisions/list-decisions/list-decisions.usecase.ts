import type { StaffIdentity } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RecordViews } from '../../record-views/record-views';
import { Decision } from '../decision.entity';

/** The decision history of an episode, in the order it was made, as a manager reads it; the read is recorded as a view of each child named. */
@Injectable()
export class ListDecisions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly views: RecordViews,
  ) {}

  async execute(query: { staff: StaffIdentity; policeReference: string; force?: string }): Promise<Decision[]> {
    const qb = this.dataSource
      .getRepository(Decision)
      .createQueryBuilder('d')
      .where('d.policeReference = :ref', { ref: query.policeReference })
      .orderBy('d.seq', 'ASC')
      .limit(500);
    // The force lives on the episode; decisions of another force's same reference are left out.
    if (query.force) qb.innerJoin('episodes', 'e', 'e.id = d.episode_id AND e.force = :force', { force: query.force });
    const decisions = await qb.getMany();
    await this.views.record(query.staff, decisions.map((d) => d.childId), 'DECISIONS');
    return decisions;
  }
}
