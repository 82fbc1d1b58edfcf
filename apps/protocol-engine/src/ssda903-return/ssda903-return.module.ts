import { Module } from '@nestjs/common';
import { RecordViewsModule } from '../record-views/record-views.module';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { GetMissingReturn } from './get-missing-return';
import { SetAbsenceKind } from './set-absence-kind';
import { Ssda903ReturnController } from './ssda903-return.controller';

/** The DfE's yearly SSDA903 return for looked-after children: its Missing table, checked, and staff's M/A per episode. */
@Module({
  imports: [RecordViewsModule, StaffAuthModule],
  controllers: [Ssda903ReturnController],
  providers: [GetMissingReturn, SetAbsenceKind],
})
export class Ssda903ReturnModule {}
