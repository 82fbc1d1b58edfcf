import { Module } from '@nestjs/common';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { ActivateVersion } from './activate-version';
import { ActiveProtocol } from './active-protocol';
import { AdminKeyGuard } from './admin-key.guard';
import { CreateDraftVersion } from './create-draft-version';
import { ListVersions } from './list-versions';
import { ProtocolVersionsController } from './protocol-versions.controller';

@Module({
  imports: [StaffAuthModule],
  controllers: [ProtocolVersionsController],
  providers: [ActiveProtocol, AdminKeyGuard, CreateDraftVersion, ActivateVersion, ListVersions],
  exports: [ActiveProtocol, AdminKeyGuard],
})
export class ProtocolVersionsModule {}
