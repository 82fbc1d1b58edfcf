import { call } from '@homeward/testing';
import { type EducationUnderTest, returns, startEducation } from '../../../test-support/education-under-test';
import { RegisterSchool } from '../register-school';
import { RevokeSchoolKey } from '../revoke-school-key';

jest.setTimeout(60_000);

describe('education-referrals: GET /v1/schools/me, a school asking which school its key is', () => {
  let kit: EducationUnderTest;
  let key: string;
  const me = (authorization?: string) => call(`${kit.service.url}/v1/schools/me`, { method: 'GET', headers: authorization ? { authorization } : {} });

  beforeAll(async () => {
    kit = await startEducation({ UNAUTHENTICATED_LIMIT_PER_IP: '4', UNAUTHENTICATED_LIMIT_WINDOW_SECONDS: '60' });
    key = await kit.schoolKey('140123', 'Riverside Academy');
  });
  afterAll(() => kit?.close());

  it("given the school's key, answers its URN and name, and nothing else", async () => {
    const answer = await me(`Bearer ${key}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ urn: '140123', name: 'Riverside Academy' });
  });

  it('given the school renamed by a new key, answers the new name to the old key too', async () => {
    await kit.service.app.get(RegisterSchool).execute({ urn: '140123', name: 'Riverside Academy Trust' });
    expect((await me(`Bearer ${key}`)).body).toEqual({ urn: '140123', name: 'Riverside Academy Trust' });
  });

  it("given no key, an unknown key, a revoked key or a police force's key, answers 401 and reads nothing", async () => {
    const revoked = await kit.service.app.get(RegisterSchool).execute({ urn: '140789', name: 'Closed School' });
    await kit.service.app.get(RevokeSchoolKey).execute({ id: revoked.id });
    const before = await kit.counts();
    // Three refusals, within the address limit of four: the limit counts them like a refused return.
    for (const authorization of [`Bearer hws_${'A'.repeat(43)}`, `Bearer ${revoked.key}`, `Bearer hwk_${'A'.repeat(43)}`]) {
      const answer = await me(authorization);
      expect(answer.status).toBe(401);
      expect(JSON.stringify(answer.body)).not.toContain('Closed School');
    }
    expect(await kit.counts()).toEqual(before);
    // The fourth refusal from this address reaches the limit, and the next is refused outright, as for the returns.
    expect((await me()).status).toBe(401);
    expect((await me(`Bearer hws_${'C'.repeat(43)}`)).status).toBe(429);
    // A school's valid key is never limited (sending returns goes on).
    expect((await call(`${kit.service.url}/v1/school-returns/absences`, { key, body: returns.absence() })).status).toBe(202);
  });
});
