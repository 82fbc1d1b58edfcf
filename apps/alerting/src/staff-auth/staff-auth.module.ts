import { Module } from '@nestjs/common';
import { StaffTokenGuard } from './staff-token.guard';

@Module({
  providers: [StaffTokenGuard],
  exports: [StaffTokenGuard],
})
export class StaffAuthModule {}
