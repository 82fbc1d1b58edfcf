import { WakeUpsModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { CancelLeave } from './cancel-leave';
import { ChangeLeave } from './change-leave';
import { GetLeave } from './get-leave';
import { LeaveAnnouncer } from './leave-announcer';
import { ListLeave } from './list-leave';
import { OfficerLeaveController } from './officer-leave.controller';
import { RecordLeave } from './record-leave';
import { LeaveStartProcessor, StartLeave } from './start-leave';

/** Officers' leave and cover: at a leave's start their open tasks go to the cover or the team queue. */
@Module({
  imports: [WakeUpsModule, StaffAuthModule],
  controllers: [OfficerLeaveController],
  providers: [RecordLeave, ListLeave, GetLeave, ChangeLeave, CancelLeave, StartLeave, LeaveStartProcessor, LeaveAnnouncer],
})
export class OfficerLeaveModule {}
