import { WakeUpsModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { QueueBoard } from './queue-board';

/** bull-board at /admin/queues, behind staff auth (MANAGER). */
@Module({
  imports: [StaffAuthModule, WakeUpsModule],
  providers: [QueueBoard],
})
export class QueueBoardModule {}
