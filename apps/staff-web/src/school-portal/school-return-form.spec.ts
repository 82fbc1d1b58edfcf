import { attendanceCodesOf, formFieldOf, readSchoolReturnForm, schoolReturnProblems } from './school-return-form';

const date = (name: string, iso: string) => {
  const [year, month, day] = iso.split('-');
  return { [`${name}-day`]: String(Number(day)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
};

const pupilAndParent = {
  givenName: ' Amira ',
  familyName: 'Khan',
  ...date('dateOfBirth', '2013-09-14'),
  upn: 'a123 4567 89012',
  addressLines: '12 Mill Lane\r\n\r\nBulwell\nNottingham ',
  postcode: 'ng6 8ab',
  parent1Name: 'Sara Khan',
  parent1Relationship: 'Mother',
  parent1Phone: '07700 900123',
  parent1LivesWith: 'yes',
};
const RETURN_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

describe("a school's return forms, read into education-referrals' bodies", () => {
  it('given a deletion on the 20-day ground, then the DeletionReturnDto with the absence start, the pupil tidied and one parent', () => {
    const { errors, request } = readSchoolReturnForm(
      'deletion',
      { ...pupilAndParent, groundReason: 'CONTINUOUS_ABSENCE_20_DAYS', groundRegulation: '9', groundParagraph: '(1)(f)', ...date('deletionDate', '2026-11-30'), ...date('absenceStart', '2026-11-02') },
      RETURN_ID,
    );
    expect(errors).toEqual([]);
    expect(request).toEqual({
      returnId: RETURN_ID,
      pupil: { givenName: 'Amira', familyName: 'Khan', dateOfBirth: '2013-09-14', upn: 'A123456789012', address: { lines: ['12 Mill Lane', 'Bulwell', 'Nottingham'], postcode: 'NG6 8AB' } },
      parents: [{ name: 'Sara Khan', relationship: 'Mother', emergencyPhone: '07700 900123', livesWithPupil: true }],
      ground: { regulation: '9', paragraph: '(1)(f)', reason: 'CONTINUOUS_ABSENCE_20_DAYS' },
      deletionDate: '2026-11-30',
      absenceStart: '2026-11-02',
    });
  });

  it('given a deletion on another ground, then no absence start (the hidden question is not sent), and the destination and new address when given', () => {
    const { request } = readSchoolReturnForm(
      'deletion',
      {
        ...pupilAndParent, groundReason: 'REGISTERED_AT_ANOTHER_SCHOOL', groundRegulation: '9', groundParagraph: '(1)(a)', ...date('deletionDate', '2026-11-20'), ...date('absenceStart', '2026-11-02'),
        destinationName: 'Oakfield Primary', destinationUrn: '140456', ...date('destinationStartDate', '2026-11-23'), futureAddressLines: '3 New Road', futurePostcode: 'de1 1aa',
      },
      RETURN_ID,
    );
    expect(request).not.toHaveProperty('absenceStart');
    expect(request).toMatchObject({ destinationSchool: { name: 'Oakfield Primary', urn: '140456', startDate: '2026-11-23' }, futureAddress: { lines: ['3 New Road'], postcode: 'DE1 1AA' } });
  });

  it('given a second parent, then both parents; given none of theirs, then only the first', () => {
    const second = { parent2Name: 'Omar Khan', parent2Phone: '07700 900456', parent2LivesWith: 'no' };
    const both = readSchoolReturnForm('sickness', { ...pupilAndParent, ...second, ...date('absenceStart', '2026-10-12'), schoolDaysMissed: '15' }, RETURN_ID);
    expect(both.request?.parents).toEqual([expect.objectContaining({ name: 'Sara Khan' }), { name: 'Omar Khan', emergencyPhone: '07700 900456', livesWithPupil: false }]);
    expect(both.request).toMatchObject({ absenceStart: '2026-10-12', schoolDaysMissed: 15 });
    expect(both.request).not.toHaveProperty('note');
  });

  it('given an absence notice, then the days as a number, the codes as capitals and only the enquiries written', () => {
    const { errors, request } = readSchoolReturnForm(
      'absence',
      { ...pupilAndParent, ...date('absenceStart', '2026-11-02'), schoolDaysAbsent: '11', attendanceCodes: 'o o g, n', ...date('enquiry1MadeOn', '2026-11-04'), enquiry1Made: 'Phoned both parents' },
      RETURN_ID,
    );
    expect(errors).toEqual([]);
    expect(request).toMatchObject({ absenceStart: '2026-11-02', schoolDaysAbsent: 11, attendanceCodes: ['O', 'O', 'G', 'N'], enquiries: [{ madeOn: '2026-11-04', made: 'Phoned both parents' }] });
    expect(attendanceCodesOf('  ')).toEqual([]);
  });

  it('given a new-pupil return, then the admission date and the previous school', () => {
    const { request } = readSchoolReturnForm('new-pupil', { ...pupilAndParent, ...date('admissionDate', '2026-11-16'), previousSchoolName: 'Riverside Academy', previousSchoolUrn: '140123' }, RETURN_ID);
    expect(request).toMatchObject({ admissionDate: '2026-11-16', previousSchool: { name: 'Riverside Academy', urn: '140123' } });
  });

  it('given nothing, then a message for each question the return needs, in GOV.UK words, and no body', () => {
    const { errors, request, answers } = readSchoolReturnForm('deletion', { returnId: RETURN_ID }, RETURN_ID);
    expect(request).toBeUndefined();
    expect(answers.returnId).toBe(RETURN_ID);
    // In the page's order: the deletion's questions come first on its form.
    expect(errors.map((e) => [e.field, e.text])).toEqual([
      ['groundReason', 'Select the ground for deleting the pupil'],
      ['groundRegulation', 'Enter the regulation the ground is in, for example 9'],
      ['groundParagraph', 'Enter the paragraph of the regulation, for example (1)(f)'],
      ['deletionDate-day', 'Enter the date of deletion'],
      ['givenName', "Enter the pupil's given name"],
      ['familyName', "Enter the pupil's family name"],
      ['dateOfBirth-day', 'Enter the date of birth'],
      ['addressLines', "Enter the pupil's address"],
      ['postcode', "Enter the postcode of the pupil's address"],
      ['parent1Name', "Enter the parent or carer's name"],
      ['parent1Phone', 'Enter a phone number for the parent or carer in an emergency'],
      ['parent1LivesWith', 'Select whether the pupil normally lives with them'],
    ]);
  });

  it('given answers that are not right, then says how, and keeps them as typed', () => {
    const { errors, answers } = readSchoolReturnForm(
      'absence',
      { ...pupilAndParent, upn: '12345', postcode: 'nowhere', parent1LivesWith: 'no', parent2Name: 'Omar', ...date('absenceStart', '2026-11-02'), schoolDaysAbsent: '9', attendanceCodes: 'unauthorised', enquiry2Made: 'Letter home' },
      RETURN_ID,
    );
    expect(Object.fromEntries(errors.map((e) => [e.field, e.text]))).toEqual({
      upn: 'Enter the unique pupil number as 13 characters: a letter, 11 numbers, then a number or letter',
      postcode: 'Enter a real postcode, like NG6 8AB',
      parent2Phone: 'Enter a phone number for the second parent or carer in an emergency',
      parent2LivesWith: 'Select whether the pupil normally lives with them',
      schoolDaysAbsent: 'Enter the number of continuous school days absent: 10 or more',
      attendanceCodes: 'Enter the attendance codes as single capital letters (or #) separated by spaces, for example O O G N',
      'enquiry2MadeOn-day': 'Enter the date of the second enquiry',
    });
    expect(answers.values).toMatchObject({ postcode: 'nowhere', schoolDaysAbsent: '9', attendanceCodes: 'unauthorised', parent2Name: 'Omar' });
    expect(answers.dates.absenceStart).toEqual({ day: '2', month: '11', year: '2026' });
  });

  it('given the 20-day ground without its first day of absence, then asks for it', () => {
    const { errors } = readSchoolReturnForm('deletion', { ...pupilAndParent, groundReason: 'CONTINUOUS_ABSENCE_20_DAYS', groundRegulation: '9', groundParagraph: '(1)(f)', ...date('deletionDate', '2026-11-30') }, RETURN_ID);
    expect(errors).toEqual([expect.objectContaining({ field: 'absenceStart-day', text: 'Enter the first day of absence' })]);
  });

  it('given no parent the pupil lives with, then asks for one', () => {
    const { errors } = readSchoolReturnForm('sickness', { ...pupilAndParent, parent1LivesWith: 'no', ...date('absenceStart', '2026-10-12'), schoolDaysMissed: '15' }, RETURN_ID);
    expect(errors).toEqual([{ field: 'parent1LivesWith', text: 'Name the parent or carer the pupil normally lives with, as the first or second parent' }]);
  });
});

describe("education-referrals' refusals on the form's questions", () => {
  it('puts each field path on its question: nested, indexed and dated ones', () => {
    expect(formFieldOf('deletion', 'pupil.address.lines.2')).toEqual({ field: 'addressLines', date: false, known: true });
    expect(formFieldOf('deletion', 'parents.1.emergencyPhone')).toEqual({ field: 'parent2Phone', date: false, known: true });
    expect(formFieldOf('absence', 'enquiries.0.madeOn')).toEqual({ field: 'enquiry1MadeOn', date: true, known: true });
    expect(formFieldOf('deletion', 'destinationSchool.startDate')).toEqual({ field: 'destinationStartDate', date: true, known: true });
    expect(formFieldOf('new-pupil', 'previousSchool.urn')).toEqual({ field: 'previousSchoolUrn', date: false, known: true });
    // Not a question of this return, or of any: on the first question.
    expect(formFieldOf('sickness', 'ground.reason')).toEqual({ field: 'givenName', date: false, known: false });
    expect(formFieldOf('sickness', 'shoeSize')).toEqual({ field: 'givenName', date: false, known: false });
  });

  it("says the service's cross-field rules in the school's words, dates on the date inputs", () => {
    const errors = schoolReturnProblems('new-pupil', [
      { field: 'admissionDate', reason: 'admissionDate is in the future' },
      { field: 'pupil.dateOfBirth', reason: 'pupil.dateOfBirth is in the future' },
      { field: 'parents', reason: 'name the parent the pupil normally lives with (livesWithPupil: true)' },
      { field: 'pupil.upn', reason: 'upn must be a unique pupil number: a letter, 11 digits and a digit or letter' },
    ]);
    expect(errors).toEqual([
      { field: 'admissionDate-day', input: 'admissionDate', text: 'Date the pupil joined must be today or in the past', wrong: ['day', 'month', 'year'] },
      { field: 'dateOfBirth-day', input: 'dateOfBirth', text: 'Date of birth must be today or in the past', wrong: ['day', 'month', 'year'] },
      { field: 'parent1LivesWith', text: 'Name the parent or carer the pupil normally lives with, as the first or second parent' },
      { field: 'upn', text: 'Enter the unique pupil number as 13 characters: a letter, 11 numbers, then a number or letter' },
    ]);
  });

  it('gives the 20-day and before-birth rules their own words, one message a question, and an unknown refusal readably on the first question', () => {
    const errors = schoolReturnProblems('deletion', [
      { field: 'absenceStart', reason: 'absenceStart is required for a deletion on the 20-day ground' },
      { field: 'absenceStart', reason: 'absenceStart is in the future' },
      { field: 'deletionDate', reason: 'deletionDate is before the pupil was born' },
      { field: 'returnId', reason: 'returnId must be 1-100 letters, digits or . : / - _' },
    ]);
    expect(errors.map((e) => [e.field, e.text])).toEqual([
      ['absenceStart-day', 'Enter the first day of the continuous absence: the 20-day ground needs it'],
      ['deletionDate-day', "Date of deletion must be after the pupil's date of birth"],
      ['givenName', 'ReturnId must be 1-100 letters, digits or . : / - _'],
    ]);
  });
});
