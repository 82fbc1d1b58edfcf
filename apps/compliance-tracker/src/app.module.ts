import { KafkaModule, OutboxModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { ComplianceFiguresModule } from './compliance-figures/compliance-figures.module';
import { ChildErasuresModule } from './child-erasures/child-erasures.module';
import { ChildMergesModule } from './child-merges/child-merges.module';
import { CompliancePlatformModule } from './compliance-platform';
import { EpisodeWorkModule } from './episode-work/episode-work.module';
import { OfficerLeaveModule } from './officer-leave/officer-leave.module';
import { PlacingAuthorityRequestsModule } from './placing-authority-requests/placing-authority-requests.module';
import { QueueBoardModule } from './queue-board/queue-board.module';
import { DevOfficerSeed } from './staff-auth/dev-officer.seed';
import { StaffAuthModule } from './staff-auth/staff-auth.module';
import { TasksModule } from './tasks/tasks.module';

@Module({
  imports: [CompliancePlatformModule, KafkaModule, OutboxModule, StaffAuthModule, TasksModule, ComplianceFiguresModule, OfficerLeaveModule, QueueBoardModule, PlacingAuthorityRequestsModule, ChildMergesModule, ChildErasuresModule, EpisodeWorkModule],
  // Here, not in StaffAuthModule: the officers CLI boots that one and must never seed.
  providers: [DevOfficerSeed],
})
export class AppModule {}
