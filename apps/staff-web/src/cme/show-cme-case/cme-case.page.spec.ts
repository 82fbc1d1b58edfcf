import { closedCase } from '../../testing/cme-fixtures';
import { cmeCasePage } from './cme-case.page';

const now = new Date('2026-11-16T10:00:00Z');

describe("a CME case's page", () => {
  it("given a closed case, then the pupil is named with their date of birth and age", () => {
    const page = cmeCasePage({ cmeCase: closedCase(now), officers: [], now, canRecord: true });
    expect(page.pupil).toMatchObject({ name: 'Ruby Patel', givenName: 'Ruby', dateOfBirth: '30 June 2012', age: 14 });
    expect(page.erasedOn).toBeUndefined();
  });

  it("given a case whose child's data was erased, then it names no one, says when it was erased, and keeps the outcome", () => {
    const erased = { ...closedCase(now), name: null, dateOfBirth: null, pupil: {} as never, upn: null, erasedAt: '2026-11-10T12:00:00.000Z' };
    const page = cmeCasePage({ cmeCase: erased, officers: [], now, canRecord: true });
    expect(page.pupil).toMatchObject({ name: 'Child (details erased)', givenName: 'the child', dateOfBirth: 'Erased', age: undefined, upn: '', address: null });
    expect(page.erasedOn).toBe('10 November 2026');
    expect(page.parents).toEqual([]);
    expect(JSON.stringify(page)).not.toMatch(/Ruby|Patel|2012|Oak Road/);
  });
});
