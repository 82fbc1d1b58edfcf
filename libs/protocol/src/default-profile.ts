import type { ProtocolProfile } from './types';

/**
 * The default protocol (DOMAIN.md, "The local protocol (NSCB) as configuration"), as data.
 * Every threshold an area may change is here; the code only knows how to compute facts and
 * apply effects. Another area's profile is a copy of this with other numbers and a new version.
 *
 * Conventions:
 * - every rule first requires `childInScope` (under 18 at the episode's start; an unreadable
 *   date of birth is kept in scope: a safeguarding system fails towards doing the work);
 * - one task per (episode, task type[, keySuffix]): earlier requests are in alreadyRequested;
 * - deadlines count from the event that created the need, never from when the code ran.
 */
export const DEFAULT_PROFILE: ProtocolProfile = {
  version: 'nscb-default-2',
  name: 'NSCB default',
  description: 'Nottinghamshire-style protocol shipped with Homeward',
  sharedConditions: {
    childInScope: {
      any: [
        { fact: 'childAgeYears', operator: 'equal', value: null },
        { fact: 'childAgeYears', operator: 'lessThan', value: 18 },
      ],
    },
  },
  timers: [
    { timer: 'LENGTHY_EPISODE', afterHours: 168 },
    { timer: 'LOW_RISK_REVIEW', afterHours: 24, riskAtMost: 'LOW' },
  ],
  // Reminders and escalations fitted to each deadline (clock hours): a manager hears of a missed
  // 24-hour strategy discussion within the hour, not a day later. Other work: the tracker's defaults.
  alarmLadders: {
    STRATEGY_DISCUSSION: { reminderBeforeHours: 4, escalateTeamManagerAfterHours: 1, escalateServiceManagerAfterHours: 4, unclaimedAlertAfterHours: 1 },
    NOTIFY_RESPONSIBLE_AUTHORITY: { reminderBeforeHours: 4, escalateTeamManagerAfterHours: 4, escalateServiceManagerAfterHours: 24, unclaimedAlertAfterHours: 2 },
    RETURN_INTERVIEW: { reminderBeforeHours: 24, escalateTeamManagerAfterHours: 24, escalateServiceManagerAfterHours: 48 },
    MULTI_AGENCY_MEETING: { reminderBeforeHours: 48, escalateTeamManagerAfterHours: 24, escalateServiceManagerAfterHours: 72 },
  },
  rules: [
    {
      id: 'return-interview',
      reason: 'Child found: a return interview must be offered within 72 hours of return',
      when: {
        all: [
          { condition: 'childInScope' },
          { fact: 'triggerType', operator: 'equal', value: 'FOUND' },
        ],
      },
      then: {
        actions: [
          {
            taskType: 'RETURN_INTERVIEW',
            priority: 'NORMAL',
            deadline: { unit: 'CLOCK_HOURS', amount: 72 },
            anchor: 'FOUND_AT',
            // National rule 2: the placing authority keeps the RHI for a child it placed here.
            responsible: 'PLACING_AUTHORITY',
          },
        ],
      },
    },
    {
      id: 'priority-return-interview',
      reason: 'Return interview is a priority: episode over 24 hours, 2+ episodes in 90 days, or a CSE, CCE or mental-health flag',
      when: {
        all: [
          { condition: 'childInScope' },
          { fact: 'triggerType', operator: 'equal', value: 'FOUND' },
          {
            any: [
              { fact: 'episodeDurationHours', operator: 'greaterThan', value: 24 },
              { fact: 'episodesInWindow', params: { days: 90 }, operator: 'greaterThanInclusive', value: 2 },
              { fact: 'vulnerabilities', operator: 'containsAny', value: ['CSE', 'CCE', 'MENTAL_HEALTH'] },
            ],
          },
        ],
      },
      then: { actions: [{ taskType: 'RETURN_INTERVIEW', priority: 'PRIORITY' }] },
    },
    {
      id: 'persistent-missing',
      reason: 'Persistent missing: 3 or more episodes in a rolling 90 days',
      when: {
        all: [
          { condition: 'childInScope' },
          { fact: 'triggerKind', operator: 'equal', value: 'NOTIFICATION' },
          { fact: 'episodesInWindow', params: { days: 90 }, operator: 'greaterThanInclusive', value: 3 },
        ],
      },
      then: {
        actions: [
          { taskType: 'MULTI_AGENCY_MEETING', priority: 'PRIORITY', deadline: { unit: 'WORKING_DAYS', amount: 10 }, anchor: 'EVENT' },
          {
            taskType: 'RISK_MANAGEMENT_FOLLOW_UP',
            priority: 'NORMAL',
            deadline: { unit: 'WORKING_DAYS', amount: 10 },
            anchor: 'EVENT',
            // "With the allocated worker": theirs when one is recorded on the child, else the team manager's.
            assignTo: 'ALLOCATED_WORKER',
          },
        ],
        alerts: ['PERSISTENT_MISSING'],
        listings: ['MONTHLY_MEETING'],
      },
    },
    {
      id: 'lengthy-episode',
      reason: 'Lengthy episode: still missing after 7 days',
      when: {
        all: [
          { condition: 'childInScope' },
          { fact: 'timer', operator: 'equal', value: 'LENGTHY_EPISODE' },
          { fact: 'timerDue', operator: 'equal', value: true },
        ],
      },
      then: {
        actions: [
          { taskType: 'MULTI_AGENCY_MEETING', priority: 'PRIORITY', deadline: { unit: 'WORKING_DAYS', amount: 5 }, anchor: 'TIMER_DUE' },
        ],
      },
    },
    {
      id: 'high-risk',
      reason: 'Police graded the risk HIGH: strategy discussion and escalation to senior managers',
      when: {
        all: [
          { condition: 'childInScope' },
          { fact: 'triggerType', operator: 'in', value: ['MISSING_REPORTED', 'RISK_UPDATED'] },
          { fact: 'riskRank', operator: 'greaterThanInclusive', value: 3 },
        ],
      },
      then: {
        actions: [
          { taskType: 'STRATEGY_DISCUSSION', priority: 'URGENT', deadline: { unit: 'CLOCK_HOURS', amount: 24 }, anchor: 'EVENT' },
        ],
        alerts: ['HIGH_RISK'],
      },
    },
    {
      id: 'high-risk-placing-authority',
      reason: 'High-risk child looked after by another authority: the placing authority is told at once',
      when: {
        all: [
          { condition: 'childInScope' },
          { fact: 'triggerType', operator: 'in', value: ['MISSING_REPORTED', 'RISK_UPDATED'] },
          { fact: 'isFound', operator: 'equal', value: false },
          { fact: 'riskRank', operator: 'greaterThanInclusive', value: 3 },
          { fact: 'careStatus', operator: 'equal', value: 'LOOKED_AFTER' },
          { fact: 'responsibleAuthorityIsOther', operator: 'equal', value: true },
        ],
      },
      then: {
        actions: [
          {
            taskType: 'NOTIFY_RESPONSIBLE_AUTHORITY',
            keySuffix: 'MISSING',
            priority: 'URGENT',
            deadline: { unit: 'CLOCK_HOURS', amount: 0 },
            anchor: 'EVENT',
          },
        ],
      },
    },
    {
      id: 'exploitation',
      reason: 'CSE or CCE flag: risk raised to at least HIGH, strategy discussion, listed for the CSE meeting',
      when: {
        all: [
          // Any trigger, timers included, so effective risk stays raised on every decision;
          // the strategy discussion is asked for once per episode (alreadyRequested).
          { condition: 'childInScope' },
          { fact: 'vulnerabilities', operator: 'containsAny', value: ['CSE', 'CCE'] },
        ],
      },
      then: {
        raiseRiskTo: 'HIGH',
        actions: [
          { taskType: 'STRATEGY_DISCUSSION', priority: 'URGENT', deadline: { unit: 'CLOCK_HOURS', amount: 24 }, anchor: 'EVENT' },
        ],
        alerts: ['EXPLOITATION'],
        listings: ['CSE_MEETING'],
      },
    },
    {
      id: 'placed-in-without-notice-missing',
      reason: 'Child placed here by another authority with no placement notice on record went missing: notify it and ask for its risk assessment and plan',
      when: {
        all: [
          { condition: 'childInScope' },
          { fact: 'triggerType', operator: 'in', value: ['MISSING_REPORTED', 'RISK_UPDATED'] },
          { fact: 'isFound', operator: 'equal', value: false },
          { fact: 'careStatus', operator: 'equal', value: 'LOOKED_AFTER' },
          { fact: 'responsibleAuthorityIsOther', operator: 'equal', value: true },
          { fact: 'placementNoticeOnRecord', operator: 'equal', value: false },
        ],
      },
      then: {
        actions: [
          {
            taskType: 'NOTIFY_RESPONSIBLE_AUTHORITY',
            keySuffix: 'MISSING',
            priority: 'PRIORITY',
            deadline: { unit: 'WORKING_DAYS', amount: 1 },
            anchor: 'EVENT',
          },
        ],
        alerts: ['PLACED_IN_WITHOUT_NOTICE'],
      },
    },
    {
      id: 'placed-in-without-notice-found',
      reason: 'Child placed here by another authority with no placement notice on record was found: notify it',
      when: {
        all: [
          { condition: 'childInScope' },
          { fact: 'triggerType', operator: 'equal', value: 'FOUND' },
          { fact: 'careStatus', operator: 'equal', value: 'LOOKED_AFTER' },
          { fact: 'responsibleAuthorityIsOther', operator: 'equal', value: true },
          { fact: 'placementNoticeOnRecord', operator: 'equal', value: false },
        ],
      },
      then: {
        actions: [
          {
            taskType: 'NOTIFY_RESPONSIBLE_AUTHORITY',
            keySuffix: 'FOUND',
            priority: 'PRIORITY',
            deadline: { unit: 'WORKING_DAYS', amount: 1 },
            anchor: 'FOUND_AT',
          },
        ],
        alerts: ['PLACED_IN_WITHOUT_NOTICE'],
      },
    },
    {
      id: 'our-child-elsewhere',
      reason: 'Our looked-after child found in another area: arrange the return interview there and inform the IRO',
      when: {
        all: [
          { condition: 'childInScope' },
          { fact: 'triggerType', operator: 'equal', value: 'FOUND' },
          { fact: 'ourChildMissingElsewhere', operator: 'equal', value: true },
        ],
      },
      // Modifies the RHI (adds this reason, names the host area); its 72 h deadline is the return-interview rule's.
      then: { actions: [{ taskType: 'RETURN_INTERVIEW', arrangedIn: 'HOST_AREA' }] },
    },
    {
      id: 'low-risk-review',
      reason: 'Very-low or low risk episode still open after 24 hours: review the grading',
      when: {
        all: [
          { condition: 'childInScope' },
          { fact: 'timer', operator: 'equal', value: 'LOW_RISK_REVIEW' },
          { fact: 'timerDue', operator: 'equal', value: true },
        ],
      },
      then: {
        actions: [
          { taskType: 'REVIEW_EPISODE', priority: 'PRIORITY', deadline: { unit: 'CLOCK_HOURS', amount: 0 }, anchor: 'TIMER_DUE' },
        ],
      },
    },
    {
      id: 'supersede-previous-return-interview',
      reason: "Missing again within 72 hours of the previous found: the new episode's return interview replaces the previous one",
      when: {
        all: [
          { condition: 'childInScope' },
          {
            // Once per episode: at the missing report, or at a FOUND that arrived before it.
            any: [
              { fact: 'triggerType', operator: 'equal', value: 'MISSING_REPORTED' },
              {
                all: [
                  { fact: 'triggerType', operator: 'equal', value: 'FOUND' },
                  { fact: 'missingSinceKnown', operator: 'equal', value: false },
                ],
              },
            ],
          },
          { fact: 'hoursSincePreviousFound', operator: 'lessThanInclusive', value: 72 },
        ],
      },
      then: { supersedePrevious: ['RETURN_INTERVIEW'] },
    },
    {
      id: 'our-child-elsewhere-iro',
      reason: "Our looked-after child reported missing by another area's force: inform the child's IRO and tell the host authority",
      when: {
        all: [
          // At the first notification of the episode, whichever arrives first; once per episode (alreadyRequested).
          { condition: 'childInScope' },
          { fact: 'triggerKind', operator: 'equal', value: 'NOTIFICATION' },
          { fact: 'ourChildMissingElsewhere', operator: 'equal', value: true },
        ],
      },
      then: {
        actions: [
          { taskType: 'INFORM_IRO', priority: 'PRIORITY', deadline: { unit: 'CLOCK_HOURS', amount: 72 }, anchor: 'EVENT', arrangedIn: 'HOST_AREA' },
        ],
        alerts: ['OUR_CHILD_MISSING_ELSEWHERE'],
      },
    },
    {
      id: 'effective-high-risk',
      reason:
        "Effective risk HIGH though the police graded it lower (a CSE or CCE flag raises it): strategy discussion and escalation to senior managers in children's social care and the police",
      when: {
        all: [
          // The Bradford escalation procedure: escalation follows the effective risk, not only the grading.
          { condition: 'childInScope' },
          { fact: 'triggerType', operator: 'in', value: ['MISSING_REPORTED', 'RISK_UPDATED'] },
          { fact: 'riskRank', operator: 'lessThan', value: 3 },
          { fact: 'effectiveRiskRank', operator: 'greaterThanInclusive', value: 3 },
        ],
      },
      then: {
        actions: [
          { taskType: 'STRATEGY_DISCUSSION', priority: 'URGENT', deadline: { unit: 'CLOCK_HOURS', amount: 24 }, anchor: 'EVENT' },
        ],
        alerts: ['HIGH_RISK'],
      },
    },
    {
      id: 'persistent-not-open-to-social-care',
      reason: 'Persistent missing and not open to social care (care status not known): consult the duty and referral team',
      when: {
        all: [
          { condition: 'childInScope' },
          { fact: 'triggerKind', operator: 'equal', value: 'NOTIFICATION' },
          { fact: 'episodesInWindow', params: { days: 90 }, operator: 'greaterThanInclusive', value: 3 },
          { fact: 'careStatus', operator: 'equal', value: 'NOT_KNOWN' },
        ],
      },
      then: {
        actions: [
          { taskType: 'DUTY_AND_REFERRAL_CONSULTATION', priority: 'PRIORITY', deadline: { unit: 'WORKING_DAYS', amount: 1 }, anchor: 'EVENT' },
        ],
      },
    },
  ],
};
