import { dateFields as date, placementNoticeForm as filled } from '../../testing/casework-fixtures';
import { amyRecord } from '../../testing/record-fixtures';
import { answersFromRecord, placementNoticeProblems, readPlacementNoticeForm } from './placement-notice-form';

describe('the placement notice form', () => {
  it("given the child's record, when the form opens, then the child is prefilled and the authority only when it is a code", () => {
    const record = amyRecord(new Date());
    const answers = answersFromRecord(record, 'n-1');
    expect(answers).toMatchObject({ noticeId: 'n-1', givenName: 'Amy', familyName: "O'Neil", dateOfBirth: { day: '4', month: '5', year: '2012' }, localAuthorityId: 'LA-448812', placingAuthority: '' });
    expect(answersFromRecord({ ...record, responsibleAuthority: 'E10000007' }, 'n-1').placingAuthority).toBe('E10000007');
  });

  it('given every answer, when read, then the notice is what ingest-api takes', () => {
    expect(readPlacementNoticeForm(filled, 'n-1')).toMatchObject({
      errors: [],
      notice: {
        noticeId: 'n-1',
        child: { givenName: 'Amy', familyName: "O'Neil", dateOfBirth: '2012-05-04', localAuthorityId: 'LA-448812' },
        placingAuthority: 'E10000007',
        placementStart: '2026-03-01',
        provider: { name: 'Oakfield House', kind: 'CHILDRENS_HOME' },
        riskAssessmentProvided: true,
        riskManagementPlanProvided: false,
      },
    });
    expect(readPlacementNoticeForm(filled, 'n-1').notice).not.toHaveProperty('placementEnd');
    expect(readPlacementNoticeForm({ ...filled, ...date('placementEnd', '30', '9', '2026') }, 'n-1').notice?.placementEnd).toBe('2026-09-30');
  });

  it('given nothing, when read, then each required question says what to enter, and nothing is sent', () => {
    const { errors, notice } = readPlacementNoticeForm({}, 'n-1');
    expect(notice).toBeUndefined();
    expect(errors.map((e) => e.field)).toEqual(['givenName', 'familyName', 'dateOfBirth-day', 'placingAuthority', 'placementStart-day', 'providerName', 'providerKind', 'riskAssessment', 'riskPlan']);
  });

  it('given an end before the start or a code with spaces, when read, then those are refused', () => {
    const { errors } = readPlacementNoticeForm({ ...filled, placingAuthority: 'Derby shire', ...date('placementEnd', '1', '2', '2026') }, 'n-1');
    expect(errors).toEqual([
      { field: 'placingAuthority', text: "Enter the placing authority's code using only letters, numbers and hyphens, for example E08000032" },
      { field: 'placementEnd-day', input: 'placementEnd', text: 'Placement end date must be the same as or after the start date', wrong: ['day', 'month', 'year'] },
    ]);
  });

  it("given ingest-api's refusal, when mapped, then each problem is on its field in words", () => {
    expect(
      placementNoticeProblems([
        { field: 'child.dateOfBirth', reason: 'the person was 18 or over at placementStart: not a child' },
        { field: 'provider.name', reason: 'provider.name should not be empty' },
        { field: 'noticeId', reason: 'noticeId must be shorter' },
      ]),
    ).toEqual([
      { field: 'dateOfBirth-day', input: 'dateOfBirth', text: 'The person was 18 or over at the placement start date: not a child', wrong: ['day', 'month', 'year'] },
      { field: 'providerName', text: 'Provider.name should not be empty' },
      { field: 'placingAuthority', text: 'NoticeId must be shorter' },
    ]);
  });
});
