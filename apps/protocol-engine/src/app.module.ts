import { KafkaModule, OutboxModule, PlatformModule } from '@homeward/platform';
import { Module } from '@nestjs/common';
import { AllocatedWorker } from './allocated-workers/allocated-worker.entity';
import { AllocatedWorkersModule } from './allocated-workers/allocated-workers.module';
import { ChildRecordsModule } from './child-records/child-records.module';
import { Child } from './children/child.entity';
import { Decision } from './decisions/decision.entity';
import { DecisionsModule } from './decisions/decisions.module';
import { AppliedNotification } from './episodes/applied-notification.entity';
import { Episode } from './episodes/episode.entity';
import { EpisodesModule } from './episodes/episodes.module';
import { MeetingListEntry } from './meeting-lists/meeting-list-entry.entity';
import { MeetingListsModule } from './meeting-lists/meeting-lists.module';
import { NotificationDetails } from './episodes/notification-details.entity';
import { PlacementNotice } from './placement-notices/placement-notice.entity';
import { PlacementNoticesModule } from './placement-notices/placement-notices.module';
import { protocolMigrations } from './migrations';
import { ProtocolEngineConfig } from './protocol-engine.config';
import { ProtocolVersion } from './protocol-versions/protocol-version.entity';
import { ProtocolVersionsModule } from './protocol-versions/protocol-versions.module';
import { ChildRecordView } from './record-views/child-record-view.entity';
import { EpisodeTimer } from './timers/episode-timer.entity';
import { TimersModule } from './timers/timers.module';
import { WhatIfModule } from './what-if/what-if.module';

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'protocol-engine',
      config: ProtocolEngineConfig,
      database: {
        schema: 'protocol',
        entities: [Child, Episode, Decision, ProtocolVersion, EpisodeTimer, AppliedNotification, NotificationDetails, ChildRecordView, MeetingListEntry, AllocatedWorker, PlacementNotice],
        migrations: protocolMigrations,
      },
    }),
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
  ],
})
export class AppModule {}
