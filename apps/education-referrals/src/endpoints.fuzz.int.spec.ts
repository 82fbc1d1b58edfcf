import { StaffRoles } from '@homeward/platform';
import { fuzzOpenApi, fuzzSummary, staffToken } from '@homeward/testing';
import { type EducationUnderTest, returns, startEducation } from '../test-support/education-under-test';

// Hundreds of requests: under the whole suite on two cores a run can take minutes, and only a finding fails it.
jest.setTimeout(300_000);

describe("education-referrals: malformed requests to every endpoint, as a school and as each staff role", () => {
  let kit: EducationUnderTest;
  const tokens: Record<string, string> = Object.fromEntries(StaffRoles.map((role) => [role, `Bearer ${staffToken({ staffId: `fuzz.${role.toLowerCase()}`, role })}`]));

  beforeAll(async () => {
    kit = await startEducation();
    tokens.school = `Bearer ${await kit.schoolKey('140999', 'Fuzz School')}`;
  });
  afterAll(() => kit?.close());

  it('given a few hundred malformed requests, then each is a 4xx and no table changes', async () => {
    kit.clock.set('2026-11-16T10:00:00Z');
    const before = await kit.counts();
    const report = await fuzzOpenApi({
      baseUrl: kit.service.url,
      tokens,
      bodies: {
        'POST /v1/school-returns/deletions': returns.deletion(),
        'POST /v1/school-returns/admissions': returns.admission(),
        'POST /v1/school-returns/absences': returns.absence(),
        'POST /v1/school-returns/sickness': returns.sickness(),
      },
      casesPerOperation: 40,
      seed: 20261116,
    });
    process.stdout.write(`${fuzzSummary('education-referrals', report)}\n`);
    expect(report.findings).toEqual([]);
    expect(report.requests).toBeGreaterThan(200);
    expect(await kit.counts()).toEqual(before);
  });
});
