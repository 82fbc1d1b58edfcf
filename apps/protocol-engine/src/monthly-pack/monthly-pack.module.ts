import { Module } from '@nestjs/common';
import { RecordViewsModule } from '../record-views/record-views.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { GetMonthlyPack } from './get-monthly-pack';
import { MonthlyPackController } from './monthly-pack.controller';

/** The monthly multi-agency meeting's pack (Nottinghamshire): the children meeting its criteria, and hotspots. */
@Module({
  imports: [RecordViewsModule, StaffAuthModule],
  controllers: [MonthlyPackController],
  providers: [GetMonthlyPack],
})
export class MonthlyPackModule {}
