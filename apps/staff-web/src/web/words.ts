/**
 * The services' codes in the words staff use, for every page (tasks, children, alerts): one
 * vocabulary, so a child's care status reads the same on the queue and on their record.
 * `inWords(TASK_TYPES, code)` falls back to the code itself for a value this list does not know yet.
 */

export type Words = Readonly<Record<string, string>>;

export function inWords(words: Words, code: string | null | undefined, fallback = 'Not known'): string {
  if (code === null || code === undefined || code === '') return fallback;
  return words[code] ?? code;
}

export const TASK_TYPES: Words = {
  RETURN_INTERVIEW: 'Return home interview',
  MULTI_AGENCY_MEETING: 'Multi-agency meeting',
  STRATEGY_DISCUSSION: 'Strategy discussion',
  NOTIFY_RESPONSIBLE_AUTHORITY: 'Tell the responsible authority',
  RISK_MANAGEMENT_FOLLOW_UP: 'Risk management follow-up',
  REVIEW_EPISODE: 'Review of the episode',
};

export const TASK_STATUSES: Words = {
  OPEN: 'Not claimed',
  CLAIMED: 'Claimed',
  OFFERED: 'Interview offered',
  ACCEPTED: 'Interview accepted',
  COMPLETED: 'Completed',
  SUPERSEDED: 'Replaced',
  CANCELLED: 'Cancelled',
};

export const TASK_PRIORITIES: Words = {
  NORMAL: 'Normal',
  PRIORITY: 'Priority',
  URGENT: 'Urgent',
};

export const RISK_LEVELS: Words = {
  VERY_LOW: 'Very low risk',
  LOW: 'Low risk',
  MEDIUM: 'Medium risk',
  HIGH: 'High risk',
};

export const CARE_STATUSES: Words = {
  LOOKED_AFTER: 'Looked after',
  CHILD_PROTECTION_PLAN: 'Child protection plan',
  CHILD_IN_NEED: 'Child in need',
  NOT_KNOWN: 'Not known',
};

/** Short, as a tag shows them; VULNERABILITIES_IN_FULL for a summary list. */
export const VULNERABILITIES: Words = {
  CSE: 'CSE',
  CCE: 'CCE',
  MENTAL_HEALTH: 'Mental health',
  SUBSTANCE_MISUSE: 'Substance misuse',
  DISABILITY: 'Disability',
  TRAFFICKING: 'Trafficking',
};

export const VULNERABILITIES_IN_FULL: Words = {
  ...VULNERABILITIES,
  CSE: 'Child sexual exploitation (CSE)',
  CCE: 'Child criminal exploitation (CCE)',
};

export const MISSING_FROM: Words = {
  HOME: 'Home',
  FOSTER_CARE: 'Foster care',
  CHILDRENS_HOME: "Children's home",
  SUPPORTED_ACCOMMODATION: 'Supported accommodation',
  OTHER: 'Somewhere else',
};

export const NOTIFICATION_TYPES: Words = {
  MISSING_REPORTED: 'Reported missing',
  RISK_UPDATED: 'Risk grading changed',
  FOUND: 'Found',
};

/** GOV.UK tag colours: a tag's words always say what the colour means. */
export const RISK_TAG_CLASSES: Words = {
  HIGH: 'govuk-tag--red',
  MEDIUM: 'govuk-tag--orange',
  LOW: 'govuk-tag--grey',
  VERY_LOW: 'govuk-tag--grey',
};

export const TASK_STATUS_TAG_CLASSES: Words = {
  OPEN: 'govuk-tag--blue',
  CLAIMED: 'govuk-tag--light-blue',
  OFFERED: 'govuk-tag--turquoise',
  ACCEPTED: 'govuk-tag--turquoise',
  COMPLETED: 'govuk-tag--green',
  SUPERSEDED: 'govuk-tag--grey',
  CANCELLED: 'govuk-tag--grey',
};
