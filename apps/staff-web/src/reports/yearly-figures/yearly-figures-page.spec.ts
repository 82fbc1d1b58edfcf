import { complianceByResponsibility, cmeFigures, yearlyCounts } from './yearly-figures-fixtures';
import { monthName, trendText, yearlyFiguresCsv, yearlyFiguresModel } from './yearly-figures-page';

const rhi = (total: number, offered: number) => ({ total, offeredWithin72h: { count: offered, percent: null }, heldWithin72h: { count: 0, percent: null }, declined: { count: 0, percent: null }, notOffered: { count: 0, percent: null }, overdueNow: { count: 0, percent: null } });
const year = (quarters: [number, number][]) => quarters.flatMap(([total, offered]) => [rhi(total, offered), rhi(0, 0), rhi(0, 0)]);

describe('the yearly and board figures page', () => {
  const figures = yearlyFiguresModel({ counts: yearlyCounts(), compliance: complianceByResponsibility(), cme: cmeFigures() }, '1 April 2026 to 31 March 2027');

  it('given the answers, one figure a chart, in the order a board pack reads them', () => {
    expect(figures.map((f) => f.id)).toEqual(['by-month', 'by-force', 'rhi-ours', 'rhi-placed-here', 'repeat-missing', 'cme-by-source']);
    expect(figures[0].rows).toHaveLength(13);
    expect(figures[0].rows[4]).toEqual({ label: 'August 2026', cells: [{ text: '0', chart: 0 }, { text: '0', chart: 0 }, { text: '0', chart: 0 }] });
    expect(figures[0].rows[12]).toMatchObject({ label: 'Whole year', total: true, cells: [{ text: '165' }, { text: '55' }, { text: '31' }] });
    expect(figures[1].rows.map((r) => r.label)).toEqual(['NOTTS', 'WYP', 'Whole year']);
  });

  it('given a month with no interviews due for children placed here, its bars are left off (null), not drawn at 0%', () => {
    const august = figures[3].rows[4];
    expect(august.label).toBe('August 2026');
    expect(august.cells.map((c) => c.chart)).toEqual([undefined, null, null, undefined, undefined]);
    expect(figures[2].rows[0].cells[1]).toEqual({ text: '2\u00a0(50%)', chart: 50 });
  });

  it('given quarters of interviews, the trend compares the first quarter with work due to the last', () => {
    expect(trendText(year([[4, 2], [4, 3], [4, 3], [4, 4]]))).toBe('Trend, offered within 72 hours: up from 50% (April to June) to 100% (January to March).');
    expect(trendText(year([[0, 0], [4, 4], [4, 2], [0, 0]]))).toBe('Trend, offered within 72 hours: down from 100% (July to September) to 50% (October to December).');
    expect(trendText(year([[2, 1], [0, 0], [0, 0], [4, 2]]))).toBe('Trend, offered within 72 hours: level at 50% from April to June to January to March.');
    expect(trendText(year([[0, 0], [0, 0], [3, 3], [0, 0]]))).toBe('Too few interviews were due to show a trend.');
  });

  it('given the figures, the CSV is each table in turn, a title line before each, CRLF lines', () => {
    const csv = yearlyFiguresCsv(figures);
    const sections = csv.split('\r\n\r\n');
    expect(sections).toHaveLength(6);
    expect(sections[5].split('\r\n')).toEqual([
      '"Children missing education cases opened, by source, 1 April 2026 to 31 March 2027"',
      'Source,Cases opened',
      "School's absence notice (10 days),5",
      "School's deletion return,3",
      'Police,1',
      'All sources,9',
      '',
    ]);
    expect(sections[2].split('\r\n')[2]).toBe('April 2026,4,2 (50%),1 (25%),1 (25%),2 (50%)');
  });

  it('names months as staff say them', () => {
    expect([monthName('2026-04'), monthName('2027-03')]).toEqual(['April 2026', 'March 2027']);
  });
});
