import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../../auth/session-user';
import { weeklyCsv } from '../weekly-csv';
import { ShowWeeklyLookedAfter } from './show-weekly-looked-after.usecase';

/** The same report as a CSV file, named by its Monday. */
@Injectable()
export class DownloadWeeklyLookedAfter {
  constructor(private readonly show: ShowWeeklyLookedAfter) {}

  async execute(input: { user: SessionUser; week: unknown }): Promise<{ csv: string; filename: string }> {
    const page = await this.show.execute(input);
    return { csv: weeklyCsv(page), filename: `weekly-looked-after-missing-${page.week}.csv` };
  }
}
