import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProtocolEngineConfig } from '../../protocol-engine.config';
import { collectionYear } from '../../ssda903-return/collection-year';
import { yearInstants, yearlyFiguresOf, type YearlyFiguresRow } from '../yearly-figures-rows';
import type { YearlyFiguresView } from '../yearly-figures.views';
import { YEARLY_FIGURES_SQL } from './yearly-figures.query';

export interface GetYearlyFiguresQuery {
  /** The financial year named by the year it starts (1 April to 31 March), as the 903 collection year. */
  year: number;
}

/**
 * Notifications, episodes, children and repeat missing for a financial year, by London month and
 * by force. Counts only, no child can be told from them: so, unlike the 903 return, no child is
 * recorded as viewed.
 */
@Injectable()
export class GetYearlyFigures {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ProtocolEngineConfig,
    private readonly clock: Clock,
  ) {}

  async execute(query: GetYearlyFiguresQuery): Promise<YearlyFiguresView> {
    const year = collectionYear(query.year);
    const { from, to } = yearInstants(year);
    const rows: YearlyFiguresRow[] = await this.dataSource.query(YEARLY_FIGURES_SQL, [from, to]);
    return { year: year.year, start: year.start, end: year.end, asOf: this.clock.now(), homeAuthority: this.config.homeAuthorityCode, ...yearlyFiguresOf(rows, year) };
  }
}
