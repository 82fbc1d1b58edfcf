import { Module } from '@nestjs/common';
import { ComplianceController } from './compliance.controller';
import { ShowCompliance } from './show-compliance';

@Module({
  controllers: [ComplianceController],
  providers: [ShowCompliance],
})
export class ComplianceModule {}
