import { Module } from '@nestjs/common';
import { StaffAuthModule } from '../staff-auth/staff-auth.module';
import { AllocatedWorkersController } from './allocated-workers.controller';
import { RecordAllocatedWorker } from './record-allocated-worker';

@Module({
  imports: [StaffAuthModule],
  controllers: [AllocatedWorkersController],
  providers: [RecordAllocatedWorker],
})
export class AllocatedWorkersModule {}
