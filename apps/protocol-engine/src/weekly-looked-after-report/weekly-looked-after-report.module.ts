import { Module } from '@nestjs/common';
import { ProtocolVersionsModule } from '../protocol-versions/protocol-versions.module';
import { RecordViewsModule } from '../record-views/record-views.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { GetWeeklyReport } from './get-weekly-report';
import { WeeklyLookedAfterReportController } from './weekly-looked-after-report.controller';

/** Bradford's weekly report of looked-after children's missing episodes (issue 15). */
@Module({
  imports: [ProtocolVersionsModule, RecordViewsModule, StaffAuthModule],
  controllers: [WeeklyLookedAfterReportController],
  providers: [GetWeeklyReport],
})
export class WeeklyLookedAfterReportModule {}
