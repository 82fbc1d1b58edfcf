import { InitialProtocol1764000000000 } from './1764000000000-initial-protocol';
import { VersionsTimersHistory1764100000000 } from './1764100000000-versions-timers-history';
import { AppliedNotificationsByEpisode1764200000000 } from './1764200000000-applied-notifications-by-episode';
import { ChildRecords1764300000000 } from './1764300000000-child-records';
import { DecisionCause1764400000000 } from './1764400000000-decision-cause';
import { EpisodeTimerWakeUps1764500000000 } from './1764500000000-episode-timer-wake-ups';
import { WithdrawalsCorrectionsMerges1764760000000 } from './1764760000000-withdrawals-corrections-merges';
import { PlacementNotices1764740000000 } from './1764740000000-placement-notices';
import { MeetingListsAllocatedWorkers1764850000000 } from './1764850000000-meeting-lists-allocated-workers';
import { ViewsOfDecisionsEpisodesChanges1764950000000 } from './1764950000000-views-of-decisions-episodes-changes';
import { DefaultProfile21764990000000 } from './1764990000000-default-profile-2';
import { ChildErasures1765000000000 } from './1765000000000-child-erasures';
import { Ssda903AbsenceKinds1765300002000 } from './1765300002000-ssda903-absence-kinds';
import { LookedAfterEpisodesByWeek1765400000000 } from './1765400000000-looked-after-episodes-by-week';
import { EpisodesByStart1765400001000 } from './1765400001000-episodes-by-start';

export const protocolMigrations = [
  InitialProtocol1764000000000,
  VersionsTimersHistory1764100000000,
  AppliedNotificationsByEpisode1764200000000,
  ChildRecords1764300000000,
  DecisionCause1764400000000,
  EpisodeTimerWakeUps1764500000000,
  WithdrawalsCorrectionsMerges1764760000000,
  PlacementNotices1764740000000,
  MeetingListsAllocatedWorkers1764850000000,
  ViewsOfDecisionsEpisodesChanges1764950000000,
  DefaultProfile21764990000000,
  ChildErasures1765000000000,
  Ssda903AbsenceKinds1765300002000,
  LookedAfterEpisodesByWeek1765400000000,
  EpisodesByStart1765400001000,
];
