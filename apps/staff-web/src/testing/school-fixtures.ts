/** Test-only: education-referrals' school endpoints as staff-web's specs stub them (imported by *.int.spec.ts only). */
/* eslint-disable @nx/enforce-module-boundaries -- a spec helper, so it may use the testing lib like the specs do */
import type { StubRequest, StubRoutes } from '@homeward/testing';
import request from 'supertest';
import { csrfTokenIn } from './staff-web-test-kit';

/** A key as `school-keys create` prints it, for Riverside Academy. */
export const SCHOOL_KEY = `hws_${'R'.repeat(43)}`;
export const SCHOOL = { urn: '140123', name: 'Riverside Academy' };
/** A key the stub refuses as revoked since sign-in, once `revoked` is set. */
export const REVOKED_KEY = `hws_${'V'.repeat(43)}`;
/** A family name the stub refuses as education-referrals would a date of birth and an admission in the future. */
export const REFUSED_FAMILY_NAME = 'Refused';
export const CASE_REFERENCE = 'CME-2026-000042';

const unauthorised = { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: "a school's key is required: Authorization: Bearer <key>" } };

/** The 20-day "not yet", as education-referrals' DeletionAnswers words it. */
export const NOT_YET = {
  mayDelete: false,
  twentiethSchoolDay: '2026-11-27',
  schoolDaysAbsent: 16,
  stillMissing: ['the pupil has been absent 16 school days of the 20', 'no other local authority has been asked', 'Health has not been asked'],
};

/**
 * GET /v1/schools/me and the four POST /v1/school-returns/{kind}, keyed as education-referrals
 * keys them: a repeat returnId answers 200 with the first answer, the same id with another body 409.
 */
export function schoolStubRoutes(state: { revoked?: boolean } = {}): { educationReferrals: StubRoutes } {
  const seen = new Map<string, { body: string; answer: Record<string, unknown> }>();
  const schoolOf = (req: StubRequest) => {
    const auth = req.headers.authorization;
    if (auth === `Bearer ${SCHOOL_KEY}`) return SCHOOL;
    if (auth === `Bearer ${REVOKED_KEY}` && !state.revoked) return { urn: '140789', name: 'Hillside School' };
    return undefined;
  };
  const receive = (kind: string) => (req: StubRequest) => {
    if (!schoolOf(req)) return unauthorised;
    const body = req.body as { returnId: string; pupil: { familyName: string }; ground?: { reason: string } };
    if (body.pupil.familyName === REFUSED_FAMILY_NAME) {
      return {
        status: 400,
        body: {
          statusCode: 400,
          message: 'the request is not valid',
          problems: [
            { field: 'pupil.dateOfBirth', reason: 'pupil.dateOfBirth is in the future' },
            { field: kind === 'deletions' ? 'deletionDate' : 'absenceStart', reason: `${kind === 'deletions' ? 'deletionDate' : 'absenceStart'} is before the pupil was born` },
          ],
        },
      };
    }
    const key = `${kind}:${body.returnId}`;
    const before = seen.get(key);
    if (before && before.body !== JSON.stringify(body)) return { status: 409, body: { statusCode: 409, message: 'returnId was used for a different return', problems: [{ field: 'returnId', reason: 'returnId was used for a different return' }] } };
    if (before) return { status: 200, body: before.answer };
    const twentyDay = body.ground?.reason === 'CONTINUOUS_ABSENCE_20_DAYS';
    const opensCase = kind !== 'deletions' || twentyDay || !('destinationSchool' in body);
    const answer = { id: `return-${seen.size + 1}`, status: 'accepted', late: false, ...(opensCase && { caseReference: CASE_REFERENCE }), ...(twentyDay && { deletion: NOT_YET }) };
    seen.set(key, { body: JSON.stringify(body), answer });
    return { status: 202, body: answer };
  };
  return {
    educationReferrals: {
      'GET /v1/schools/me': (req) => {
        const school = schoolOf(req);
        return school ? { body: school } : unauthorised;
      },
      'POST /v1/school-returns/deletions': receive('deletions'),
      'POST /v1/school-returns/admissions': receive('admissions'),
      'POST /v1/school-returns/absences': receive('absences'),
      'POST /v1/school-returns/sickness': receive('sickness'),
    },
  };
}

/** A browser-like agent signed in with a school's key; returns it with a fresh CSRF token. */
export async function schoolAgent(url: string, key = SCHOOL_KEY): Promise<{ agent: ReturnType<typeof request.agent>; csrf: string }> {
  const agent = request.agent(url);
  const page = await agent.get('/school/sign-in').expect(200);
  await agent.post('/school/sign-in').type('form').send({ _csrf: csrfTokenIn(page.text), key }).expect(303);
  const after = await agent.get('/school').expect(200);
  return { agent, csrf: csrfTokenIn(after.text) };
}

const date = (name: string, iso: string) => {
  const [year, month, day] = iso.split('-');
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
};

/** The answers a school's staff type for Amira, on any return's form. */
export function pupilAnswers(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    givenName: 'Amira',
    familyName: 'Khan',
    ...date('dateOfBirth', '2013-09-14'),
    upn: 'A123456789012',
    addressLines: '12 Mill Lane\nBulwell\nNottingham',
    postcode: 'NG6 8AB',
    parent1Name: 'Sara Khan',
    parent1Relationship: 'Mother',
    parent1Phone: '07700 900123',
    parent1LivesWith: 'yes',
    ...overrides,
  };
}

export const formDate = date;
