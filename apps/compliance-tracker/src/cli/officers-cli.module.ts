import { Module } from '@nestjs/common';
import { CompliancePlatformModule } from '../compliance-platform';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';

/** The staff directory and nothing else: the CLI joins no consumer group and runs no worker beside the service. */
@Module({ imports: [CompliancePlatformModule, StaffAuthModule] })
export class OfficersCliModule {}
