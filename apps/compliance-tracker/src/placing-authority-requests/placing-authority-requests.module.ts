import { WakeUpsModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { AskPlacingAuthority } from './ask-placing-authority';
import { ChaseReply, ReplyChaseProcessor } from './chase-reply';
import { ListRequests } from './list-requests';
import { PlacingAuthorityRequestsController } from './placing-authority-requests.controller';
import { RecordReply } from './record-reply';

/** Requests to a placing authority for its risk assessment and plan, and the chase of its reply (wake-up kind placing-authority-reply-chase). */
@Module({
  imports: [WakeUpsModule, StaffAuthModule],
  controllers: [PlacingAuthorityRequestsController],
  providers: [AskPlacingAuthority, RecordReply, ListRequests, ChaseReply, ReplyChaseProcessor],
})
export class PlacingAuthorityRequestsModule {}
