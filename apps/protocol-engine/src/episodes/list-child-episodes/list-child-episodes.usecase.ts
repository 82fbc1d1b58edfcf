import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Child } from '../../children/child.entity';
import { Episode } from '../episode.entity';

export interface ChildEpisodeView {
  id: string;
  force: string;
  policeReference: string;
  missingSince: Date | null;
  foundAt: Date | null;
  riskLevel: string;
  vulnerabilities: string[];
  careStatus: string;
  responsibleAuthority: string | null;
}

/** A child's missing history by opaque id: no names or dates of birth in the answer. */
@Injectable()
export class ListChildEpisodes {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: { childId: string }): Promise<ChildEpisodeView[]> {
    const known = await this.dataSource.getRepository(Child).exists({ where: { id: query.childId } });
    if (!known) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such child' });
    const episodes = await this.dataSource.getRepository(Episode).find({
      where: { childId: query.childId },
      order: { missingSince: 'ASC' },
    });
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
    }));
  }
}
