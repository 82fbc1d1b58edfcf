import { daysSince } from './days-since';
import { cmeOutcomeProblems, outcomesFor, readCmeOutcomeForm } from './record-cme-outcome/cme-outcome-form';
import { enquiryProblems, readEnquiryForm } from './record-enquiry/enquiry-form';
import { readReferralForm, referralProblems } from './record-cme-referral/referral-form';

// 10:00 on Thursday 3 December 2026, London (GMT).
const now = new Date('2026-12-03T10:00:00Z');
const date = (name: string, day: string, month: string, year: string) => ({ [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year });
const fields = (errors: { field: string; text: string }[]) => errors.map((e) => [e.field, e.text]);

describe('how long a child has been missing education', () => {
  it('counts calendar days to London today', () => {
    expect(daysSince('2026-11-10', now)).toBe('23 days');
    expect(daysSince('2026-12-02', now)).toBe('1 day');
    expect(daysSince('2026-12-03', now)).toBe('Today');
    expect(daysSince('not a date', now)).toBe('');
  });
});

describe('the reasonable enquiry form', () => {
  it("given every answer, then the body is education-referrals' RecordEnquiryDto, the note trimmed", () => {
    expect(readEnquiryForm({ enquiry: 'HEALTH', ...date('madeOn', '2', '12', '2026'), result: 'NOT_FOUND', note: ' No GP record ' }, now).enquiry).toEqual({ enquiry: 'HEALTH', madeOn: '2026-12-02', result: 'NOT_FOUND', note: 'No GP record' });
    expect(readEnquiryForm({ enquiry: 'POLICE', ...date('madeOn', '3', '12', '2026'), result: 'NO_RESPONSE', note: '' }, now).enquiry).toEqual({ enquiry: 'POLICE', madeOn: '2026-12-03', result: 'NO_RESPONSE' });
  });

  it('given nothing, a code it does not know or a day tomorrow, then each question says so in GOV.UK words', () => {
    expect(fields(readEnquiryForm({}, now).errors)).toEqual([
      ['enquiry', 'Select the enquiry you made'],
      ['madeOn-day', 'Enter the date the enquiry was made'],
      ['result', 'Select what the enquiry found'],
    ]);
    expect(fields(readEnquiryForm({ enquiry: 'ASTROLOGY', ...date('madeOn', '4', '12', '2026'), result: 'FOUND' }, now).errors)).toEqual([
      ['enquiry', 'Select the enquiry you made'],
      ['madeOn-day', 'Date the enquiry was made must be today or in the past'],
    ]);
  });

  it("puts education-referrals' problems on their questions", () => {
    expect(fields(enquiryProblems([{ field: 'madeOn', reason: 'madeOn is in the future' }, { field: 'caseId', reason: 'no idea' }]))).toEqual([
      ['madeOn-day', 'Date the enquiry was made must be today or in the past'],
      ['enquiry', 'No idea'],
    ]);
  });
});

describe('the outcome form', () => {
  const school = { source: 'SCHOOL_ABSENCE_NOTICE', now };

  it('offers s19 only for a case a sickness notice began', () => {
    expect(outcomesFor('SCHOOL_ABSENCE_NOTICE')).not.toContain('S19_CONSIDERED');
    expect(outcomesFor('SCHOOL_SICKNESS_NOTICE')).toContain('S19_CONSIDERED');
  });

  it("sends only the chosen outcome's facts", () => {
    const reading = readCmeOutcomeForm({ outcome: 'MOVED_TO_ANOTHER_LA', authority: 'E10000024', ...date('authorityToldOn', '1', '12', '2026'), country: 'Wales', ...date('resolvedOn', '2', '12', '2026') }, school);
    expect(reading.outcome).toEqual({ outcome: 'MOVED_TO_ANOTHER_LA', authority: 'E10000024', authorityToldOn: '2026-12-01', resolvedOn: '2026-12-02' });
    expect(readCmeOutcomeForm({ outcome: 'ELECTIVE_HOME_EDUCATION', ...date('resolvedOn', '2', '12', '2026') }, school).outcome).toEqual({ outcome: 'ELECTIVE_HOME_EDUCATION', resolvedOn: '2026-12-02' });
  });

  it('asks for each fact the outcome rests on', () => {
    expect(fields(readCmeOutcomeForm({ outcome: 'SAFEGUARDING_REFERRAL', ...date('resolvedOn', '4', '12', '2026') }, school).errors)).toEqual([
      ['referredTo', 'Enter who the referral was made to'],
      ['referredOn-day', 'Enter the date of the referral'],
      ['resolvedOn-day', 'Date the case was resolved must be today or in the past'],
    ]);
    expect(fields(readCmeOutcomeForm({ outcome: 'S19_CONSIDERED', ...date('resolvedOn', '2', '12', '2026') }, school).errors)).toEqual([['outcome', 'Select the outcome']]);
  });

  it("puts education-referrals' rules in the page's words on their questions", () => {
    const problems = cmeOutcomeProblems(
      [
        { field: 'outcome', reason: 'every reasonable enquiry must be made first: Health has not been asked; no home visit has been made' },
        { field: 'resolvedOn', reason: 'resolvedOn is before the first day missing (2026-11-10)' },
        { field: 'school', reason: 'school is required for the outcome PLACE_ARRANGED' },
      ],
      'PLACE_ARRANGED',
    );
    expect(fields(problems)).toEqual([
      ['outcome', 'Make every reasonable enquiry before recording whereabouts unknown: Health has not been asked; no home visit has been made'],
      ['resolvedOn-day', 'Date the case was resolved must be on or after the first day missing, 10 November 2026'],
      ['placeSchool', 'School is required for the outcome PLACE_ARRANGED'],
    ]);
  });
});

describe('the referral form', () => {
  const filled = {
    source: 'HEALTH',
    referrerName: 'Dr Ana Silva',
    givenName: 'Theo',
    familyName: 'Brown',
    ...date('dateOfBirth', '1', '2', '2015'),
    upn: 'a123 4567 89012',
    schoolName: 'Riverside Academy',
    schoolUrn: '140123',
    parentName: 'Mia Brown',
    parentPhone: '07700 900456',
    parentLivesWith: 'yes',
    ...date('receivedOn', '2', '12', '2026'),
    reason: 'Not seen at school since half term',
  };

  it("given the answers, then the body is education-referrals' AgencyReferralDto, with one parent", () => {
    expect(readReferralForm(filled, 'r-1', now).referral).toEqual({
      referralId: 'r-1',
      source: 'HEALTH',
      referrer: { name: 'Dr Ana Silva' },
      child: { givenName: 'Theo', familyName: 'Brown', dateOfBirth: '2015-02-01', upn: 'A123456789012', lastKnownSchool: { name: 'Riverside Academy', urn: '140123' } },
      parents: [{ name: 'Mia Brown', emergencyPhone: '07700 900456', livesWithPupil: true }],
      receivedOn: '2026-12-02',
      reason: 'Not seen at school since half term',
    });
  });

  it('refuses an address without a postcode, and a last day in education after the referral', () => {
    expect(fields(readReferralForm({ ...filled, addressLines: '4 Park Row', ...date('missingSince', '3', '12', '2026') }, 'r-1', now).errors)).toEqual([
      ['postcode', 'Enter the postcode of the address'],
      ['missingSince-day', 'Date the child was last in education must be on or before the date the referral was received'],
    ]);
  });

  it("puts education-referrals' problems on the form's questions, dates in words", () => {
    expect(fields(referralProblems([{ field: 'missingSince', reason: 'missingSince is before the child was born' }, { field: 'referrer.phone', reason: 'phone must be a phone number' }]))).toEqual([
      ['missingSince-day', 'The date the child was last in education is before the child was born'],
      ['referrerPhone', 'Phone must be a phone number'],
    ]);
  });
});
