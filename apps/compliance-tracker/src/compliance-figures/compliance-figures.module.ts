import { Module } from '@nestjs/common';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { ComplianceFiguresController } from './compliance-figures.controller';
import { GetComplianceFigures } from './get-compliance-figures';

@Module({
  imports: [StaffAuthModule],
  controllers: [ComplianceFiguresController],
  providers: [GetComplianceFigures],
})
export class ComplianceFiguresModule {}
