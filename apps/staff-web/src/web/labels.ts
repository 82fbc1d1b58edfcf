import { ReasonableEnquiryLabels } from '@homeward/contracts';

/**
 * The services' codes in the words staff use, one table a kind, for every page:
 * `{{ child.careStatus | label('careStatus') }}`. An unknown code reads as itself in sentence case,
 * so a value a service adds later still shows.
 */
const LABELS = {
  careStatus: { LOOKED_AFTER: 'Looked after', CHILD_PROTECTION_PLAN: 'Child protection plan', CHILD_IN_NEED: 'Child in need', NOT_KNOWN: 'Not known' },
  risk: { VERY_LOW: 'Very low', LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' },
  flag: {
    CSE: 'Child sexual exploitation (CSE)',
    CCE: 'Child criminal exploitation (CCE)',
    MENTAL_HEALTH: 'Mental health',
    SUBSTANCE_MISUSE: 'Substance misuse',
    DISABILITY: 'Disability',
    TRAFFICKING: 'Trafficking',
  },
  missingFrom: { HOME: 'Home', FOSTER_CARE: 'Foster care', CHILDRENS_HOME: "Children's home", SUPPORTED_ACCOMMODATION: 'Supported accommodation', OTHER: 'Somewhere else' },
  notification: { MISSING_REPORTED: 'Reported missing', RISK_UPDATED: 'Risk grading updated', FOUND: 'Found' },
  taskType: {
    RETURN_INTERVIEW: 'Return interview',
    MULTI_AGENCY_MEETING: 'Multi-agency meeting',
    STRATEGY_DISCUSSION: 'Strategy discussion',
    NOTIFY_RESPONSIBLE_AUTHORITY: 'Tell the responsible authority',
    RISK_MANAGEMENT_FOLLOW_UP: 'Risk management follow-up',
    REVIEW_EPISODE: 'Review the episode',
    INFORM_IRO: 'Inform the independent reviewing officer',
    DUTY_AND_REFERRAL_CONSULTATION: 'Consult the duty and referral team',
    CME_ENQUIRIES: 'Make the reasonable enquiries (missing education)',
    CME_S19_CONSIDERATION: 'Consider the section 19 duty (alternative provision)',
  },
  taskStatus: {
    OPEN: 'Open',
    CLAIMED: 'Claimed',
    OFFERED: 'Interview offered',
    ACCEPTED: 'Interview accepted',
    COMPLETED: 'Completed',
    SUPERSEDED: 'Superseded',
    CANCELLED: 'Cancelled',
  },
  priority: { NORMAL: 'Normal', PRIORITY: 'Priority', URGENT: 'Urgent' },
  alertKind: {
    HIGH_RISK: 'High risk',
    EXPLOITATION: 'Exploitation',
    PLACED_IN_WITHOUT_NOTICE: 'Placed here without notice',
    PERSISTENT_MISSING: 'Persistently missing',
    TASK_REMINDER: 'Task reminder',
    TASK_OVERDUE: 'Task overdue',
    TASK_ESCALATED: 'Task escalated',
    TASK_UNCLAIMED: 'Task unclaimed',
    HIGH_RISK_UNACKNOWLEDGED: 'High risk, not acknowledged',
    OUR_CHILD_MISSING_ELSEWHERE: 'Our child missing in another area',
  },
  recipient: {
    CHILDREN_MISSING_OFFICER: 'Children missing officer',
    DUTY_SOCIAL_WORK: 'Duty social work',
    CSC_SENIOR_MANAGER: "Children's social care senior manager",
    POLICE_SENIOR_MANAGER: 'Police senior manager',
    CSE_COORDINATOR: 'CSE coordinator',
    PLACING_AUTHORITY_CONTACT: 'Placing authority contact',
    HOST_AUTHORITY_CONTACT: 'Host authority contact',
    TEAM_MANAGER: 'Team manager',
    SERVICE_MANAGER: 'Service manager',
    DIRECTOR_OF_CHILDRENS_SERVICES: "Director of children's services",
  },
  viewPurpose: { LIST: 'Work queue', SEARCH: 'Search results', RECORD: "Child's record", TASK: 'Task page' },
  meetingListRemoval: {
    RISK_REDUCED: 'The risk has reduced',
    MOVED_OUT_OF_AREA: 'Moved out of the area',
    SUPPORTED_ELSEWHERE: 'Supported by another service or meeting',
    LISTED_IN_ERROR: 'Listed in error',
    OTHER: 'Another reason',
  },
  placementProvider: {
    FOSTER_CARE: 'Foster care',
    CHILDRENS_HOME: "Children's home",
    SUPPORTED_ACCOMMODATION: 'Supported accommodation',
    KINSHIP_CARE: 'Kinship care',
    SECURE_CHILDRENS_HOME: "Secure children's home",
    OTHER: 'Another kind of placement',
  },
  withdrawnReason: { MADE_IN_ERROR: 'Report made in error', DUPLICATE_REPORT: 'Duplicate report', NOT_MISSING: 'The child was not missing' },
  childChange: { DETAILS_CORRECTED: 'Details corrected', MERGED: 'Another record merged into this one', MERGED_INTO: 'Merged into another record' },
  // Children missing education: education-referrals' codes (contracts' CmeSources, CmeOutcomes and ReasonableEnquiries).
  cmeSource: {
    SCHOOL_DELETION_RETURN: "School's deletion return",
    SCHOOL_ABSENCE_NOTICE: "School's absence notice (10 days)",
    SCHOOL_SICKNESS_NOTICE: "School's sickness notice (15 days)",
    OTHER_LOCAL_AUTHORITY: 'Another local authority',
    POLICE: 'Police',
    HEALTH: 'Health',
    HOUSING: 'Housing',
    PUBLIC: 'A member of the public',
    OTHER_AGENCY: 'Another agency',
  },
  cmeOutcome: {
    ON_ROLL_ELSEWHERE: 'On roll at another school',
    PLACE_ARRANGED: 'School place arranged',
    ELECTIVE_HOME_EDUCATION: 'Elective home education',
    MOVED_TO_ANOTHER_LA: 'Moved to another local authority',
    LEFT_THE_COUNTRY: 'Left the country',
    WHEREABOUTS_UNKNOWN: 'Whereabouts unknown (lost pupils database)',
    SAFEGUARDING_REFERRAL: 'Safeguarding referral made',
    S19_CONSIDERED: 'Section 19 duty considered',
  },
  reasonableEnquiry: ReasonableEnquiryLabels,
  enquiryResult: { FOUND: 'Found the child', NOT_FOUND: 'Did not find the child', NO_RESPONSE: 'No response' },
  cmeDeletionReason: {
    REGISTERED_AT_ANOTHER_SCHOOL: 'Registered at another school',
    ELECTIVE_HOME_EDUCATION: 'Elective home education',
    MOVED_AWAY: 'Moved away',
    CONTINUOUS_ABSENCE_20_DAYS: 'Continuous absence of 20 school days',
    NOT_RETURNED_FROM_LEAVE: 'Not back from leave of absence',
    LEFT_THE_COUNTRY: 'Left the country',
    PERMANENTLY_EXCLUDED: 'Permanently excluded',
    CEASED_COMPULSORY_SCHOOL_AGE: 'No longer of compulsory school age',
    MEDICALLY_UNFIT: 'Medically unfit to attend',
    DIED: 'Died',
    OTHER: 'Another ground',
  },
  schoolReturn: { DELETION: 'Deletion return', ADMISSION: 'New-pupil return', ABSENCE: 'Absence notice', SICKNESS: 'Sickness notice' },
} as const satisfies Record<string, Record<string, string>>;

export type LabelKind = keyof typeof LABELS;

/** The codes of a kind, in their table's order (for a filter's options). */
export function labelOptions(kind: LabelKind): { value: string; text: string }[] {
  return Object.entries(LABELS[kind]).map(([value, text]) => ({ value, text }));
}

export function label(kind: LabelKind, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  const known = (LABELS[kind] as Record<string, string>)[code];
  if (known) return known;
  // A named subscriber (`person:<id>`) is a person, not a role.
  if (kind === 'recipient' && code.startsWith('person:')) return code.slice('person:'.length);
  return codeInWords(code);
}

/** `PARENT_OR_CARER_DECLINED` → "Parent or carer declined": for codes with no table of their own. */
export function codeInWords(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
