import { InitialCompliance1764000000000 } from './1764000000000-initial-compliance';
import { DeadlineAlarmsOutcomesOfficers1764100000000 } from './1764100000000-deadline-alarms-outcomes-officers';
import { OfficerLeave1764200000000 } from './1764200000000-officer-leave';
import { TasksByDecision1764300000000 } from './1764300000000-tasks-by-decision';
import { OfficerSignIn1764410000000 } from './1764410000000-officer-sign-in';
import { LeaveChangesAndQueueFilters1764420000000 } from './1764420000000-leave-changes-and-queue-filters';
import { WakeUps1764500000000 } from './1764500000000-wake-ups';
import { PlacingAuthorityRequests1764600000000 } from './1764600000000-placing-authority-requests';
import { TaskHostForce1764740000000 } from './1764740000000-task-host-force';
import { ChildMerges1764760000000 } from './1764760000000-child-merges';
import { AlarmLaddersAndEscalationContacts1764900000000 } from './1764900000000-alarm-ladders-and-escalation-contacts';
import { TaskAddressee1764950000000 } from './1764950000000-task-addressee';
import { ChildErasures1765000000000 } from './1765000000000-child-erasures';
import { CmeTasks1765100000000 } from './1765100000000-cme-tasks';

export const complianceMigrations = [InitialCompliance1764000000000, DeadlineAlarmsOutcomesOfficers1764100000000, OfficerLeave1764200000000, TasksByDecision1764300000000, OfficerSignIn1764410000000, LeaveChangesAndQueueFilters1764420000000, WakeUps1764500000000, PlacingAuthorityRequests1764600000000, TaskHostForce1764740000000, ChildMerges1764760000000, AlarmLaddersAndEscalationContacts1764900000000, TaskAddressee1764950000000, ChildErasures1765000000000, CmeTasks1765100000000];
