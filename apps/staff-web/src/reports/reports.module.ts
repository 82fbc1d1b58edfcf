import { Module } from '@nestjs/common';
import { DownloadMonthlyPack } from './monthly-pack/download-monthly-pack.usecase';
import { MonthlyPackController } from './monthly-pack/monthly-pack.controller';
import { ShowMonthlyPack } from './monthly-pack/show-monthly-pack.usecase';
import { ReportsController } from './reports.controller';
import { SetAbsenceKind } from './set-absence-kind';
import { DownloadWeeklyLookedAfter, ShowWeeklyLookedAfter } from './weekly-looked-after/show-weekly-looked-after';
import { WeeklyLookedAfterController } from './weekly-looked-after/weekly-looked-after.controller';
import { DownloadSsda903Missing, ShowSsda903Missing } from './show-ssda903-missing';
import { DownloadYearlyFigures, ShowYearlyFigures } from './yearly-figures';
import { YearlyFiguresController } from './yearly-figures/yearly-figures.controller';

/** Reports for managers, partners and the DfE (issue 15): the SSDA903 Missing return. */
@Module({
  controllers: [ReportsController, MonthlyPackController, YearlyFiguresController, WeeklyLookedAfterController],
  providers: [ShowMonthlyPack, DownloadMonthlyPack, ShowSsda903Missing, DownloadSsda903Missing, SetAbsenceKind, ShowYearlyFigures, DownloadYearlyFigures, ShowWeeklyLookedAfter, DownloadWeeklyLookedAfter],
})
export class ReportsModule {}
