/** Test-only: education-referrals' CME cases as staff-web's specs stub them (imported by *.int.spec.ts only). */
/* eslint-disable @nx/enforce-module-boundaries -- a spec helper, so it may use the testing lib like the specs do */
import { ReasonableEnquiries, ReasonableEnquiryNotMade } from '@homeward/contracts';
import type { StubRequest, StubRoutes } from '@homeward/testing';
import type { CmeCase, CmeCaseEnquiry } from '../data/education-referrals.types';
import { officers } from './record-fixtures';

export const ABSENT_ID = '0b6f3c2a-1d4e-4a5b-8c7d-9e0f1a2b3c4d';
export const REFERRED_ID = '1c7a4d3b-2e5f-4b6c-9d8e-0f1a2b3c4d5e';
export const CLOSED_ID = '2d8b5e4c-3f6a-4c7d-8e9f-1a2b3c4d5e6f';
export const LOST_ID = '3e9c6f5d-4a7b-4d8e-9f0a-2b3c4d5e6f7a';
export const ERASED_ID = '4fad7a6e-5b8c-4e9f-8a1b-3c4d5e6f7a8b';
export const MOVING_ID = '5abe8b7f-6c9d-4fa0-9b2c-4d5e6f7a8b9c';

/** A note the stub refuses as education-referrals would a date in the future (400 naming madeOn). */
export const ENQUIRY_REFUSED = 'Refused note';
/** A reason the stub refuses as education-referrals would a date of birth in the future. */
export const REFERRAL_REFUSED = 'Refused reason';

const CMO_OR_MANAGER = ['Bearer token-for-cmo', 'Bearer token-for-manager'];

/** `YYYY-MM-DD`, `days` before now (UTC is near enough for fixtures). */
export const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

const ALL_ENQUIRIES = [...ReasonableEnquiries];
const NOT_MADE_WORDS: Readonly<Record<string, string>> = ReasonableEnquiryNotMade;

function base(now: Date) {
  return {
    upn: null,
    schoolUrn: null,
    openedAt: new Date(now.getTime() - 10 * 86_400_000).toISOString(),
    outcome: null,
    closedAt: null,
    schoolDaysMissing: null,
    returns: [],
    referrals: [],
    enquiries: [],
    enquiriesNotMade: ALL_ENQUIRIES,
    deletion: null,
    outcomeDetails: null,
    resolvedOn: null,
  };
}

/** Amira: a school's absence notice, two enquiries made, the 20-day answer still "not yet". */
export function absentCase(now: Date): CmeCase {
  const enquiries: CmeCaseEnquiry[] = [
    { id: 'e1', enquiry: 'SCHOOL_AND_CENSUS', madeOn: daysAgo(now, 6), result: 'NOT_FOUND', note: 'Not on roll anywhere in Key to Success', recordedBy: 'cmo', recordedAt: now.toISOString() },
    { id: 'e2', enquiry: 'HOME_VISIT', madeOn: daysAgo(now, 3), result: 'NO_RESPONSE', recordedBy: 'manager', recordedAt: now.toISOString() },
  ];
  return {
    ...base(now),
    id: ABSENT_ID,
    reference: 'CME-2026-000042',
    status: 'OPEN',
    source: 'SCHOOL_ABSENCE_NOTICE',
    name: 'Amira Khan',
    dateOfBirth: '2013-09-14',
    upn: 'A123456789012',
    schoolUrn: '140123',
    firstDayMissing: daysAgo(now, 23),
    pupil: {
      givenName: 'Amira',
      familyName: 'Khan',
      dateOfBirth: '2013-09-14',
      upn: 'A123456789012',
      address: { lines: ['12 Mill Lane', 'Bulwell', 'Nottingham'], postcode: 'NG6 8AB' },
      parents: [{ name: 'Sara Khan', relationship: 'Mother', emergencyPhone: '07700 900123', livesWithPupil: true }],
    },
    returns: [
      {
        id: 'r1',
        kind: 'ABSENCE',
        urn: '140123',
        school: 'Riverside Academy',
        receivedAt: new Date(now.getTime() - 10 * 86_400_000).toISOString(),
        late: false,
        body: { absenceStart: daysAgo(now, 23), schoolDaysAbsent: 10, attendanceCodes: ['O'], enquiries: [] },
      },
    ],
    enquiries,
    enquiriesNotMade: ALL_ENQUIRIES.filter((e) => !enquiries.some((r) => r.enquiry === e)),
    deletion: {
      mayDelete: false,
      twentiethSchoolDay: daysAgo(now, -5),
      schoolDaysAbsent: 16,
      stillMissing: ['the pupil has been absent 16 school days of the 20', ...ALL_ENQUIRIES.filter((e) => !enquiries.some((r) => r.enquiry === e)).map((e) => NOT_MADE_WORDS[e])],
    },
  };
}

/** Theo: another LA's referral, nothing made yet. */
export function referredCase(now: Date): CmeCase {
  return {
    ...base(now),
    id: REFERRED_ID,
    reference: 'CME-2026-000043',
    status: 'OPEN',
    source: 'OTHER_LOCAL_AUTHORITY',
    name: 'Theo Brown',
    dateOfBirth: '2015-02-01',
    firstDayMissing: daysAgo(now, 40),
    pupil: { givenName: 'Theo', familyName: 'Brown', dateOfBirth: '2015-02-01', parents: [] },
    referrals: [
      {
        id: 'f1',
        source: 'OTHER_LOCAL_AUTHORITY',
        recordedBy: 'cmo',
        receivedAt: now.toISOString(),
        body: { referrer: { name: 'Dee Walsh', organisation: 'Derbyshire County Council, CME team' }, reason: 'Family moved here from Derby in October; no school place applied for' },
      },
    ],
  };
}

export function closedCase(now: Date): CmeCase {
  return {
    ...base(now),
    id: CLOSED_ID,
    reference: 'CME-2026-000031',
    status: 'CLOSED',
    source: 'SCHOOL_DELETION_RETURN',
    name: 'Ruby Patel',
    dateOfBirth: '2012-06-30',
    firstDayMissing: daysAgo(now, 60),
    outcome: 'ON_ROLL_ELSEWHERE',
    closedAt: new Date(now.getTime() - 20 * 86_400_000).toISOString(),
    schoolDaysMissing: 12,
    pupil: { givenName: 'Ruby', familyName: 'Patel', dateOfBirth: '2012-06-30', address: { lines: ['3 Oak Road', 'Nottingham'], postcode: 'NG1 1AA' }, parents: [] },
    outcomeDetails: { school: { name: 'Hillside School', urn: '150456' }, schoolInArea: true, recordedBy: 'cmo' },
    resolvedOn: daysAgo(now, 21),
    enquiriesNotMade: [],
  };
}

export function lostCase(now: Date): CmeCase {
  return {
    ...base(now),
    id: LOST_ID,
    reference: 'CME-2026-000017',
    status: 'CLOSED',
    source: 'SCHOOL_ABSENCE_NOTICE',
    name: 'Leo Novak',
    dateOfBirth: '2011-01-20',
    firstDayMissing: daysAgo(now, 90),
    outcome: 'WHEREABOUTS_UNKNOWN',
    closedAt: new Date(now.getTime() - 30 * 86_400_000).toISOString(),
    schoolDaysMissing: 40,
    pupil: { givenName: 'Leo', familyName: 'Novak', dateOfBirth: '2011-01-20', parents: [] },
    outcomeDetails: { ctfUploadedOn: daysAgo(now, 31), recordedBy: 'manager' },
    resolvedOn: daysAgo(now, 31),
    enquiriesNotMade: [],
  };
}

/** An open case whose family has moved away: the one the hand-over is recorded on. */
export function movingCase(now: Date): CmeCase {
  return { ...referredCase(now), id: MOVING_ID, reference: 'CME-2026-000044', name: 'Nia Clarke', dateOfBirth: '2014-04-04', firstDayMissing: daysAgo(now, 5), pupil: { givenName: 'Nia', familyName: 'Clarke', dateOfBirth: '2014-04-04', parents: [] }, referrals: [] };
}

/** The directory of other LAs, as education-referrals lists it. */
export const LOCAL_AUTHORITIES = [
  { code: 'E10000007', name: 'Derbyshire County Council', cmeMailbox: 'cme@derbyshire.example.gov.uk' },
  { code: 'E06000016', name: 'Leicester City Council', cmeMailbox: 'cme@leicester.example.gov.uk' },
];

/** A closed case whose child's personal data was erased: education-referrals names no one. */
export function erasedCase(now: Date): CmeCase {
  return {
    ...closedCase(now),
    id: ERASED_ID,
    reference: 'CME-2026-000009',
    name: null,
    dateOfBirth: null,
    upn: null,
    firstDayMissing: daysAgo(now, 30),
    pupil: {} as CmeCase['pupil'],
    returns: [],
    referrals: [],
    erasedAt: new Date(now.getTime() - 2 * 86_400_000).toISOString(),
  };
}

const summaryOf = ({ pupil: _p, returns: _r, referrals: _f, enquiries: _e, enquiriesNotMade: _n, deletion: _d, outcomeDetails: _o, resolvedOn: _s, ...summary }: CmeCase) => summary;

/**
 * education-referrals as the CME pages use it, with its state: enquiries and outcomes recorded
 * show on the case afterwards. POSTs take CMO or MANAGER tokens only (403 otherwise), as it does.
 */
export function cmeStubRoutes(now: Date): { educationReferrals: StubRoutes; directory: StubRoutes } {
  const cases = new Map([absentCase(now), referredCase(now), closedCase(now), lostCase(now), erasedCase(now), movingCase(now)].map((c) => [c.id, c]));
  const casework = (req: StubRequest) => CMO_OR_MANAGER.includes(String(req.headers.authorization));
  const forbidden = { status: 403, body: { message: 'Forbidden' } };
  const missing = { status: 404, body: { message: 'no such CME case' } };
  const closed = { status: 409, body: { message: 'the CME case is closed' } };
  const educationReferrals: StubRoutes = {
    'GET /v1/cme-cases': (req) => {
      const outcome = req.query.get('outcome');
      const status = req.query.get('status') ?? (outcome ? 'CLOSED' : 'OPEN');
      const found = [...cases.values()].filter((c) => c.status === status && (!outcome || c.outcome === outcome)).sort((a, b) => a.firstDayMissing.localeCompare(b.firstDayMissing));
      return { body: found.map(summaryOf) };
    },
    'GET /v1/cme-cases/:id': (_req, { id }) => (cases.has(id) ? { body: cases.get(id) } : missing),
    'POST /v1/cme-cases/:id/enquiries': (req, { id }) => {
      if (!casework(req)) return forbidden;
      const c = cases.get(id);
      if (!c) return missing;
      if (c.status !== 'OPEN') return closed;
      const body = req.body as { enquiry: string; madeOn: string; result: string; note?: string };
      if (body.note === ENQUIRY_REFUSED) return { status: 400, body: { message: 'validation failed', problems: [{ field: 'madeOn', reason: 'madeOn is in the future' }] } };
      c.enquiries.push({ id: `e${c.enquiries.length + 1}`, ...body, recordedBy: req.headers.authorization === 'Bearer token-for-cmo' ? 'cmo' : 'manager', recordedAt: new Date().toISOString() });
      c.enquiriesNotMade = c.enquiriesNotMade.filter((e) => e !== body.enquiry);
      return { status: 201, body: { id: `e${c.enquiries.length}` } };
    },
    'POST /v1/cme-cases/:id/outcome': (req, { id }) => {
      if (!casework(req)) return forbidden;
      const c = cases.get(id);
      if (!c) return missing;
      if (c.status !== 'OPEN') return closed;
      const { outcome, resolvedOn, ...details } = req.body as { outcome: string; resolvedOn: string } & Record<string, unknown>;
      if (outcome === 'WHEREABOUTS_UNKNOWN' && c.enquiriesNotMade.length > 0) {
        return { status: 400, body: { message: 'validation failed', problems: [{ field: 'outcome', reason: `every reasonable enquiry must be made first: ${c.enquiriesNotMade.map((e) => NOT_MADE_WORDS[e]).join('; ')}` }] } };
      }
      // As education-referrals records it: the hand-over to the authority from its directory.
      const to = LOCAL_AUTHORITIES.find((a) => a.code === details.authority);
      if (outcome === 'MOVED_TO_ANOTHER_LA' && !to) return { status: 400, body: { message: 'validation failed', problems: [{ field: 'authority', reason: `authority ${String(details.authority)} is not in the directory of local authorities` }] } };
      if (to) details.handOver = { authority: to.code, authorityName: to.name, handedOverAt: new Date().toISOString(), noticeTo: to.cmeMailbox };
      Object.assign(c, { status: 'CLOSED', outcome, resolvedOn, outcomeDetails: { ...details, recordedBy: 'cmo' }, closedAt: new Date().toISOString(), schoolDaysMissing: 9, deletion: null });
      return { body: { reference: c.reference, schoolDaysMissing: 9 } };
    },
    'GET /v1/local-authorities': () => ({ body: LOCAL_AUTHORITIES }),
    'POST /v1/cme-referrals': (req) => {
      if (!casework(req)) return forbidden;
      const body = req.body as { reason: string };
      if (body.reason === REFERRAL_REFUSED) return { status: 400, body: { message: 'validation failed', problems: [{ field: 'child.dateOfBirth', reason: 'child.dateOfBirth is in the future' }] } };
      return { status: 201, body: { caseId: REFERRED_ID, caseReference: 'CME-2026-000043' } };
    },
  };
  return { educationReferrals, directory: { 'GET /v1/officers': () => ({ body: officers() }) } };
}
