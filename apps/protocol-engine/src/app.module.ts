import { KafkaModule, OutboxModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { AllocatedWorkersModule } from './allocated-workers/allocated-workers.module';
import { ChildErasuresModule } from './child-erasures/child-erasures.module';
import { ChildRecordsModule } from './child-records/child-records.module';
import { DecisionsModule } from './decisions/decisions.module';
import { EpisodesModule } from './episodes/episodes.module';
import { MeetingListsModule } from './meeting-lists/meeting-lists.module';
import { MonthlyPackModule } from './monthly-pack/monthly-pack.module';
import { PlacementNoticesModule } from './placement-notices/placement-notices.module';
import { ProtocolPlatformModule } from './protocol-platform';
import { ProtocolVersionsModule } from './protocol-versions/protocol-versions.module';
import { Ssda903ReturnModule } from './ssda903-return/ssda903-return.module';
import { TimersModule } from './timers/timers.module';
import { WeeklyLookedAfterReportModule } from './weekly-looked-after-report/weekly-looked-after-report.module';
import { WhatIfModule } from './what-if/what-if.module';
import { YearlyFiguresModule } from './yearly-figures/yearly-figures.module';

@Module({
  imports: [
    ProtocolPlatformModule,
    KafkaModule,
    OutboxModule,
    ProtocolVersionsModule,
    DecisionsModule,
    EpisodesModule,
    TimersModule,
    WhatIfModule,
    ChildRecordsModule,
    PlacementNoticesModule,
    MeetingListsModule,
    AllocatedWorkersModule,
    ChildErasuresModule,
    Ssda903ReturnModule,
    MonthlyPackModule,
    WeeklyLookedAfterReportModule,
    YearlyFiguresModule,
  ],
})
export class AppModule {}
