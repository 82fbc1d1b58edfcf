/** Topic names are `<domain>.<event>.v<N>`; a breaking change is a new topic version. */
export const Topics = {
  notificationReceived: 'police.notification-received.v1',
  decisionMade: 'protocol.decision-made.v1',
  /** Two records of one child merged by staff (payload ChildrenMergedV1). */
  childrenMerged: 'protocol.children-merged.v1',
  /** One child's personal data erased on a data protection request (payload ChildErasedV1). */
  childErased: 'protocol.child-erased.v1',
  /** A placing authority's (or staff's) notice that a looked-after child was placed here (payload PlacementNoticeReceivedV1). */
  placementNoticeReceived: 'placement.notice-received.v1',
  /** A child joined or left a meeting list (payload MeetingListChangedV1). */
  meetingListChanged: 'protocol.meeting-list-changed.v1',
  taskCreated: 'compliance.task-created.v1',
  taskClosed: 'compliance.task-closed.v1',
  /** A task's holder changed: claimed, reassigned by a manager, or unclaimed back to the team queue (payload TaskAssignedV1). */
  taskAssigned: 'compliance.task-assigned.v1',
  /** A member of staff as the directory now holds them, escalation-ladder rung included (payload OfficerChangedV1). */
  officerChanged: 'compliance.officer-changed.v1',
  /** An officer's leave and cover as it now stands: recorded, changed or cancelled (payload LeaveChangedV1). */
  leaveChanged: 'compliance.leave-changed.v1',
  taskReminderDue: 'compliance.task-reminder-due.v1',
  taskOverdue: 'compliance.task-overdue.v1',
  taskEscalated: 'compliance.task-escalated.v1',
  /** Nobody claimed an open task within the configured time (payload TaskDeadlineEventV1). */
  taskUnclaimed: 'compliance.task-unclaimed.v1',
  /** A CME case needs work in the CMO's queue (payload CmeTasksRequiredV1). */
  cmeTasksRequired: 'education.cme-tasks-required.v1',
  /** A CME case ended, with its outcome (payload CmeCaseClosedV1). */
  cmeCaseClosed: 'education.cme-case-closed.v1',
  /** A CME case handed over to the LA the child moved to, which is to be told (payload CmeCaseHandedOverV1). */
  cmeCaseHandedOver: 'education.cme-case-handed-over.v1',
  /** Messages no consumer can ever process, parked with the reason for ops. */
  deadLetter: 'ops.dead-letter.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export const ALL_TOPICS: readonly TopicName[] = Object.values(Topics);
