import { exerciseUnauthenticatedLimit } from '@homeward/testing';
import { type EducationUnderTest, returns, startEducation } from '../../../test-support/education-under-test';

jest.setTimeout(60_000);

describe("education-referrals: requests without a valid school key, limited per address", () => {
  let kit: EducationUnderTest;
  let key: string;

  beforeAll(async () => {
    kit = await startEducation({ UNAUTHENTICATED_LIMIT_PER_IP: '3', UNAUTHENTICATED_LIMIT_WINDOW_SECONDS: '60' });
    key = await kit.schoolKey('140321', 'Limit School');
  });
  afterAll(() => kit?.close());

  it('given three refused keys from one address, answers the next (and one without a key) with 429 and Retry-After, and still serves a valid key', async () => {
    const outcome = await exerciseUnauthenticatedLimit(kit.service.url, {
      limit: 3,
      refused: { method: 'POST', path: '/v1/school-returns/absences', authorization: `Bearer hws_${'B'.repeat(43)}`, body: returns.absence() },
      served: { method: 'POST', path: '/v1/school-returns/absences', authorization: `Bearer ${key}`, body: returns.absence() },
    });
    expect(outcome).toMatchObject({ refused: [401, 401, 401], limited: { status: 429 }, withoutCredential: 429, served: 202, health: 200, documented: true });
  });
});
