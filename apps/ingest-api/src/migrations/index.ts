import { InitialIngest1764000000000 } from './1764000000000-initial-ingest';
import { DecisionsInbox1764200000000 } from './1764200000000-decisions-inbox';
import { NotificationPublishedAt1764300000000 } from './1764300000000-notification-published-at';
import { ApiKeyScopesPlacementNotices1764740000000 } from './1764740000000-api-key-scopes-placement-notices';
import { UndecidedCheck1764900000000 } from './1764900000000-undecided-check';
import { NotificationBodyRetention1764910000000 } from './1764910000000-notification-body-retention';
import { ChildErasures1765000000000 } from './1765000000000-child-erasures';

export const ingestMigrations = [InitialIngest1764000000000, DecisionsInbox1764200000000, NotificationPublishedAt1764300000000, ApiKeyScopesPlacementNotices1764740000000, UndecidedCheck1764900000000, NotificationBodyRetention1764910000000, ChildErasures1765000000000];
