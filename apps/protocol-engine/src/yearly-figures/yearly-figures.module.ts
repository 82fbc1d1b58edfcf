import { Module } from '@nestjs/common';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { GetYearlyFigures } from './get-yearly-figures';
import { YearlyFiguresController } from './yearly-figures.controller';

/** Yearly and board figures: the year's notifications, episodes, children and repeat missing (issue 15). */
@Module({
  imports: [StaffAuthModule],
  controllers: [YearlyFiguresController],
  providers: [GetYearlyFigures],
})
export class YearlyFiguresModule {}
