import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller';
import { SetAbsenceKind } from './set-absence-kind';
import { DownloadSsda903Missing, ShowSsda903Missing } from './show-ssda903-missing';

/** Reports for managers, partners and the DfE (issue 15): the SSDA903 Missing return. */
@Module({
  controllers: [ReportsController],
  providers: [ShowSsda903Missing, DownloadSsda903Missing, SetAbsenceKind],
})
export class ReportsModule {}
