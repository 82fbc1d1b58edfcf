import { complianceFiguresFor } from '../testing/figures-fixtures';
import { complianceModel, figureText, monthLabel } from './compliance-page';

describe("the Board's figures as the page shows them", () => {
  it('given a figure, then its count and percentage on one line, or the count alone when nothing was due', () => {
    expect(figureText({ count: 1, percent: 33.3 })).toBe('1\u00a0(33.3%)');
    expect(figureText({ count: 0, percent: null })).toBe('0');
  });

  it('given months the period cuts, in summer time too, then their days; a whole month by its name', () => {
    const [september, october, november] = complianceFiguresFor('2025-09-15', '2025-11-01').byMonth;
    expect([monthLabel(september), monthLabel(october), monthLabel(november)]).toEqual(['15 to 30 September 2025', 'October 2025', '1 November 2025']);
  });

  it('given the figures, then the totals, the reasons in words, and each month with its chart values', () => {
    const model = complianceModel(complianceFiguresFor('2025-10-01', '2025-10-31', { emptyMonths: ['2025-10'] }), {
      from: { year: 2025, month: 10, day: 1 },
      to: { year: 2025, month: 10, day: 31 },
    });
    expect(model.periodText).toBe('1 October 2025 to 31 October 2025');
    expect(model.returnInterviews[0]).toEqual({ label: 'Due', value: '0' });
    expect(model.months).toEqual([expect.objectContaining({ label: 'October 2025', rhiDue: 0, offered: '0', chart: { offered: null, held: null } })]);
  });
});
