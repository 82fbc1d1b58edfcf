import { ReasonableEnquiries } from './reasonable-enquiries';
import { type OutcomeContext, outcomeProblems } from './outcome-rules';

const context = (overrides: Partial<OutcomeContext> = {}): OutcomeContext => ({ source: 'SCHOOL_ABSENCE_NOTICE', firstDayMissing: '2026-11-02', today: '2026-12-01', enquiries: [], authorities: new Set(['E10000024', 'E06000018']), ...overrides });
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);
const allMade = ReasonableEnquiries.map((enquiry) => ({ enquiry, madeOn: '2026-11-20', result: 'NOT_FOUND' as const }));

describe('CME outcomes: what each must rest on', () => {
  it('given found on roll elsewhere with the school and whether it is in the area, accepts it', () => {
    expect(outcomeProblems({ outcome: 'ON_ROLL_ELSEWHERE', resolvedOn: '2026-11-30', school: { name: 'Oakfield Primary' }, schoolInArea: true }, context())).toEqual([]);
  });

  it('given found on roll elsewhere without the school, names school and schoolInArea', () => {
    expect(fields(outcomeProblems({ outcome: 'ON_ROLL_ELSEWHERE', resolvedOn: '2026-11-30' }, context()))).toEqual(['school', 'schoolInArea']);
  });

  it('given a move to another LA in the directory, accepts it without the day it was told: Homeward tells it now', () => {
    expect(outcomeProblems({ outcome: 'MOVED_TO_ANOTHER_LA', resolvedOn: '2026-11-30', authority: 'E10000024' }, context())).toEqual([]);
    expect(outcomeProblems({ outcome: 'MOVED_TO_ANOTHER_LA', resolvedOn: '2026-11-30', authority: 'E06000018', authorityToldOn: '2026-11-30' }, context())).toEqual([]);
  });

  it('given a move to another LA without the authority, names authority only', () => {
    expect(fields(outcomeProblems({ outcome: 'MOVED_TO_ANOTHER_LA', resolvedOn: '2026-11-30' }, context()))).toEqual(['authority']);
  });

  it('given a move to an authority not in the directory, names authority and says where the list is', () => {
    const problems = outcomeProblems({ outcome: 'MOVED_TO_ANOTHER_LA', resolvedOn: '2026-11-30', authority: 'E99999999' }, context());
    expect(problems).toEqual([{ field: 'authority', reason: 'authority E99999999 is not in the directory of local authorities (GET /v1/local-authorities)' }]);
  });

  it('given a move told to the other LA tomorrow, names authorityToldOn', () => {
    expect(fields(outcomeProblems({ outcome: 'MOVED_TO_ANOTHER_LA', resolvedOn: '2026-11-30', authority: 'E10000024', authorityToldOn: '2026-12-02' }, context()))).toEqual(['authorityToldOn']);
  });

  it('given whereabouts unknown before every reasonable enquiry, refuses it and says which are still to make', () => {
    const [problem] = outcomeProblems({ outcome: 'WHEREABOUTS_UNKNOWN', resolvedOn: '2026-11-30', ctfUploadedOn: '2026-11-30' }, context({ enquiries: allMade.slice(0, 5) }));
    expect(problem.field).toBe('outcome');
    expect(problem.reason).toContain('DWP and HMRC have not been asked');
    expect(problem.reason).toContain('no home visit has been made');
    expect(problem.reason).not.toContain('Health');
  });

  it('given whereabouts unknown after every enquiry, with the lost CTF uploaded, accepts it', () => {
    expect(outcomeProblems({ outcome: 'WHEREABOUTS_UNKNOWN', resolvedOn: '2026-11-30', ctfUploadedOn: '2026-11-30' }, context({ enquiries: allMade }))).toEqual([]);
  });

  it('given whereabouts unknown though an enquiry found the child, refuses it', () => {
    const enquiries = [...allMade.slice(1), { enquiry: 'SCHOOL_AND_CENSUS' as const, madeOn: '2026-11-20', result: 'FOUND' as const }];
    expect(outcomeProblems({ outcome: 'WHEREABOUTS_UNKNOWN', resolvedOn: '2026-11-30', ctfUploadedOn: '2026-11-30' }, context({ enquiries }))[0].reason).toMatch(/found the child/);
  });

  it('given a resolution before the child went missing, or in the future, names resolvedOn', () => {
    expect(fields(outcomeProblems({ outcome: 'ELECTIVE_HOME_EDUCATION', resolvedOn: '2026-10-30' }, context()))).toEqual(['resolvedOn']);
    expect(fields(outcomeProblems({ outcome: 'ELECTIVE_HOME_EDUCATION', resolvedOn: '2026-12-02' }, context()))).toEqual(['resolvedOn']);
  });

  it('given s19 considered on a case that did not start with a sickness notice, refuses it', () => {
    expect(fields(outcomeProblems({ outcome: 'S19_CONSIDERED', resolvedOn: '2026-11-30' }, context()))).toEqual(['outcome']);
    expect(outcomeProblems({ outcome: 'S19_CONSIDERED', resolvedOn: '2026-11-30' }, context({ source: 'SCHOOL_SICKNESS_NOTICE' }))).toEqual([]);
  });

  it('given a safeguarding referral dated tomorrow, names referredOn', () => {
    expect(fields(outcomeProblems({ outcome: 'SAFEGUARDING_REFERRAL', resolvedOn: '2026-11-30', referredTo: 'MASH', referredOn: '2026-12-02' }, context()))).toEqual(['referredOn']);
  });
});
