import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Decision } from '../decision.entity';

/** The decision history of an episode, oldest first, as a manager reads it. */
@Injectable()
export class ListDecisions {
  constructor(private readonly dataSource: DataSource) {}

  execute(query: { policeReference: string }): Promise<Decision[]> {
    return this.dataSource.getRepository(Decision).find({
      where: { policeReference: query.policeReference },
      order: { decidedAt: 'ASC' },
      take: 500,
    });
  }
}
