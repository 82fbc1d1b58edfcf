import { PlatformModule } from '@homeward/platform';
import { AllocatedWorker } from './allocated-workers/allocated-worker.entity';
import { Child } from './children/child.entity';
import { Decision } from './decisions/decision.entity';
import { AppliedNotification } from './episodes/applied-notification.entity';
import { Episode } from './episodes/episode.entity';
import { NotificationDetails } from './episodes/notification-details.entity';
import { MeetingListEntry } from './meeting-lists/meeting-list-entry.entity';
import { protocolMigrations } from './migrations';
import { PlacementNotice } from './placement-notices/placement-notice.entity';
import { ProtocolEngineConfig } from './protocol-engine.config';
import { ProtocolVersion } from './protocol-versions/protocol-version.entity';
import { ChildRecordView } from './record-views/child-record-view.entity';
import { EpisodeTimer } from './timers/episode-timer.entity';

/** The platform's core as protocol-engine uses it: shared by the service and the erase-child CLI (which joins no consumer group). */
export const ProtocolPlatformModule = PlatformModule.forRoot({
  service: 'protocol-engine',
  config: ProtocolEngineConfig,
  database: {
    schema: 'protocol',
    entities: [Child, Episode, Decision, ProtocolVersion, EpisodeTimer, AppliedNotification, NotificationDetails, ChildRecordView, MeetingListEntry, AllocatedWorker, PlacementNotice],
    migrations: protocolMigrations,
  },
});
