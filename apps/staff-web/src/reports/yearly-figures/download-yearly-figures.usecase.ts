import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ShowYearlyFigures } from './show-yearly-figures.usecase';
import { yearlyFiguresCsv } from './yearly-figures-page';

/** The same figures as the page, as a CSV: each table in turn, as the page shows it. */
@Injectable()
export class DownloadYearlyFigures {
  constructor(private readonly page: ShowYearlyFigures) {}

  async execute(input: { user: SessionUser; year: unknown }): Promise<{ csv: string; filename: string }> {
    const page = await this.page.execute(input);
    return { csv: yearlyFiguresCsv(page.figures), filename: `yearly-figures-${page.year}-${String(page.year + 1).slice(2)}.csv` };
  }
}
