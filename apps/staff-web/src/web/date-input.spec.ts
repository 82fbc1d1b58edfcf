import { dateInputParams, readDateInput } from './date-input';
import { addToDate, startOfLondonDay } from './london-calendar';
import { readPeriod } from './period-input';

const typed = (name: string, day: string, month: string, year: string) => ({ [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year });

describe('GOV.UK date inputs', () => {
  it('given a real date, with a month by name too, then the calendar date', () => {
    expect(readDateInput(typed('startDate', ' 3 ', '3', '2026'), 'startDate', 'Start date').date).toEqual({ year: 2026, month: 3, day: 3 });
    expect(readDateInput(typed('startDate', '29', 'Feb', '2028'), 'startDate', 'Start date').date).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('given nothing, a missing part, a short year or a date that does not exist, then the design system\'s message on the wrong parts', () => {
    const error = (d: string, m: string, y: string) => readDateInput(typed('startDate', d, m, y), 'startDate', 'Start date').error;
    expect(error('', '', '')).toEqual({ field: 'startDate-day', input: 'startDate', text: 'Enter the start date', wrong: ['day', 'month', 'year'] });
    expect(error('1', '', '')).toMatchObject({ field: 'startDate-month', text: 'Start date must include a month and year', wrong: ['month', 'year'] });
    expect(error('1', '2', '26')).toMatchObject({ field: 'startDate-year', text: 'Year must include 4 numbers' });
    expect(error('30', '2', '2026')).toMatchObject({ text: 'Start date must be a real date', wrong: ['day', 'month', 'year'] });
    expect(readDateInput({}, 'endDate', 'End date', { required: false })).toEqual({ parts: { day: '', month: '', year: '' } });
  });

  it('given an error, then the macro keeps the answers and marks only the wrong parts', () => {
    const reading = readDateInput(typed('startDate', '1', '', 'x'), 'startDate', 'Start date');
    const params = dateInputParams('startDate', reading.parts, [reading.error!], { legend: 'Start date' });
    expect(params.values).toEqual({ day: '1', month: '', year: 'x' });
    expect(params.items).toEqual([{ name: 'day', error: false }, { name: 'month', error: true }, { name: 'year', error: false }]);
    expect(params.errorMessage).toEqual({ text: 'Start date must include a month' });
  });
});

describe('a period of London days', () => {
  const rules = { defaultPeriod: { from: { year: 2025, month: 3, day: 1 }, to: { year: 2026, month: 3, day: 15 } }, maxYears: 3, maxText: 'The period must be 3 years or shorter' };

  it('given no period, then the default; given the address form, then those dates', () => {
    expect(readPeriod({}, rules)).toMatchObject({ period: rules.defaultPeriod, errors: [], fromForm: false });
    expect(readPeriod({ from: '2025-10-01', to: '2025-10-31' }, rules)).toMatchObject({ period: { from: { year: 2025, month: 10, day: 1 }, to: { year: 2025, month: 10, day: 31 } }, fromForm: false });
  });

  it('given the date inputs, then the period and a redirect to its address', () => {
    expect(readPeriod({ ...typed('from', '1', '1', '2023'), ...typed('to', '31', '12', '2025') }, rules)).toMatchObject({ fromForm: true, errors: [], period: { to: { year: 2025, month: 12, day: 31 } } });
  });

  it('given an end before the start, over 3 years, or a date that is not one, then the error on the end, answers kept', () => {
    expect(readPeriod({ ...typed('from', '2', '10', '2025'), ...typed('to', '1', '10', '2025') }, rules).errors).toEqual([
      expect.objectContaining({ field: 'to-day', text: 'End date must be the same as or after the start date' }),
    ]);
    expect(readPeriod({ ...typed('from', '1', '1', '2023'), ...typed('to', '1', '1', '2026') }, rules).errors).toEqual([expect.objectContaining({ text: 'The period must be 3 years or shorter' })]);
    const bad = readPeriod({ from: '2025-13-01', to: '2025-10-01' }, rules);
    expect(bad.errors).toEqual([expect.objectContaining({ field: 'from-day', text: 'Start date must be a real date' })]);
    expect(bad.parts.from).toEqual({ day: '01', month: '13', year: '2025' });
  });
});

describe('London calendar arithmetic', () => {
  it('given a month end, then a shorter month keeps its last day; a London day starts at its own midnight', () => {
    expect(addToDate({ year: 2025, month: 1, day: 31 }, { months: 1 })).toEqual({ year: 2025, month: 2, day: 28 });
    expect(addToDate({ year: 2026, month: 3, day: 1 }, { months: -12 })).toEqual({ year: 2025, month: 3, day: 1 });
    expect(startOfLondonDay({ year: 2025, month: 7, day: 1 }).toISOString()).toBe('2025-06-30T23:00:00.000Z');
  });
});
