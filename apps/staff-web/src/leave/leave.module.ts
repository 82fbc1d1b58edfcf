import { Module } from '@nestjs/common';
import { CancelLeave } from './cancel-leave';
import { ChangeLeave } from './change-leave';
import { LeaveController } from './leave.controller';
import { LeaveFormPage } from './leave-form-page';
import { ListLeavePage } from './list-leave-page';
import { RecordLeave } from './record-leave';
import { ShowLeave } from './show-leave';

@Module({
  controllers: [LeaveController],
  providers: [ListLeavePage, LeaveFormPage, RecordLeave, ShowLeave, ChangeLeave, CancelLeave],
})
export class LeaveModule {}
