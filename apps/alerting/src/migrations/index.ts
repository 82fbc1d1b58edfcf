import { InitialAlerting1764000000000 } from './1764000000000-initial-alerting';
import { SubscriptionsAndDeliveries1764100000000 } from './1764100000000-subscriptions-and-deliveries';
import { WakeUps1764400000000 } from './1764400000000-wake-ups';
import { HostAuthorityRouting1764740000000 } from './1764740000000-host-authority-routing';
import { StaffDirectoryAndAddressees1764900000000 } from './1764900000000-staff-directory-and-addressees';
import { ChildErasures1764960000000 } from './1764960000000-child-erasures';
import { CmeTaskAlerts1765100000000 } from './1765100000000-cme-task-alerts';
import { CmeHandOverNotices1765300001000 } from './1765300001000-cme-hand-over-notices';
import { WeeklyReportMailings1765400002000 } from './1765400002000-weekly-report-mailings';

export const alertingMigrations = [InitialAlerting1764000000000, SubscriptionsAndDeliveries1764100000000, WakeUps1764400000000, HostAuthorityRouting1764740000000, StaffDirectoryAndAddressees1764900000000, ChildErasures1764960000000, CmeTaskAlerts1765100000000, CmeHandOverNotices1765300001000, WeeklyReportMailings1765400002000];
