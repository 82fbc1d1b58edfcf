import type { ComplianceFiguresByResponsibility, Figure, ResponsibilityFigures } from '../../data/compliance-tracker.types';
import type { CmeFigures } from '../../data/education-referrals.types';
import type { YearlyCounts, YearlyFigures } from '../../data/protocol-engine.types';
import { label } from '../../web/labels';
import { tablesToCsv } from '../csv';

/** What the yearly figures page, its print and its CSV show: pure, from the three services' answers. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface FigureCell {
  text: string;
  /** The value the chart draws for this cell; null: no bar (nothing was due). Absent: not charted. */
  chart?: number | null;
}

export interface FigureRow {
  label: string;
  cells: FigureCell[];
  /** A total row: in the table, not in the chart. */
  total?: boolean;
}

/** One figure: its table, and the chart drawn over it. */
export interface BoardFigure {
  id: string;
  heading: string;
  /** The chart's title and the table's caption. */
  title: string;
  description: string[];
  unit: '' | '%';
  rowHeading: string;
  columns: { text: string; charted: boolean }[];
  rows: FigureRow[];
}

export interface YearlyFiguresAnswers {
  counts: YearlyFigures;
  compliance: ComplianceFiguresByResponsibility;
  cme: CmeFigures;
}

/** "2026-04" as "April 2026". */
export function monthName(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return `${MONTHS[m - 1]} ${year}`;
}

const count = (n: number): FigureCell => ({ text: String(n), chart: n });
const figureText = (f: Figure) => (f.percent === null ? String(f.count) : `${f.count}\u00a0(${f.percent}%)`);

function countsFigure(id: string, heading: string, title: string, rowHeading: string, rows: { label: string; counts: YearlyCounts }[], total: YearlyCounts, description: string[]): BoardFigure {
  const cells = (c: YearlyCounts) => [count(c.notifications), count(c.episodes), count(c.children)];
  return {
    id,
    heading,
    title,
    description,
    unit: '',
    rowHeading,
    columns: ['Notifications', 'Episodes', 'Children'].map((text) => ({ text, charted: true })),
    rows: [...rows.map((r) => ({ label: r.label, cells: cells(r.counts) })), { label: 'Whole year', cells: cells(total), total: true }],
  };
}

/** The change in "offered within 72 hours" from the first quarter with interviews due to the last: the trend a board asks about. */
export function trendText(months: ResponsibilityFigures[]): string {
  const quarters = [0, 1, 2, 3].map((q) => months.slice(q * 3, q * 3 + 3)).map((q) => ({ due: q.reduce((n, m) => n + m.total, 0), offered: q.reduce((n, m) => n + m.offeredWithin72h.count, 0) }));
  const withWork = quarters.map((q, i) => ({ ...q, i })).filter((q) => q.due > 0);
  if (withWork.length < 2) return 'Too few interviews were due to show a trend.';
  const [first, last] = [withWork[0], withWork[withWork.length - 1]];
  const percent = (q: { due: number; offered: number }) => Math.round((1000 * q.offered) / q.due) / 10;
  const names = ['April to June', 'July to September', 'October to December', 'January to March'];
  const [from, to] = [percent(first), percent(last)];
  if (to === from) return `Trend, offered within 72 hours: level at ${from}% from ${names[first.i]} to ${names[last.i]}.`;
  return `Trend, offered within 72 hours: ${to > from ? 'up' : 'down'} from ${from}% (${names[first.i]}) to ${to}% (${names[last.i]}).`;
}

function complianceFigure(id: string, heading: string, who: string, side: 'ours' | 'placedHere', compliance: ComplianceFiguresByResponsibility, yearText: string): BoardFigure {
  const months = compliance.byMonth.map((m) => m.returnInterviewsByResponsibility[side]);
  const cells = (f: ResponsibilityFigures): FigureCell[] => [
    { text: String(f.total) },
    { text: figureText(f.offeredWithin72h), chart: f.offeredWithin72h.percent },
    { text: figureText(f.heldWithin72h), chart: f.heldWithin72h.percent },
    { text: figureText(f.declined) },
    { text: figureText(f.notOffered) },
  ];
  return {
    id,
    heading,
    title: `Return home interviews offered and held within 72 hours, ${who}, as a percentage of those due, by month, ${yearText}`,
    description: [
      'An interview counts in the month the child was found (London time), and is offered within 72 hours when the offer was made by its deadline, whether then held or declined.',
      trendText(months),
    ],
    unit: '%',
    rowHeading: 'Month',
    columns: [
      { text: 'Interviews due', charted: false },
      { text: 'Offered within 72 hours', charted: true },
      { text: 'Held within 72 hours', charted: true },
      { text: 'Declined', charted: false },
      { text: 'Not offered', charted: false },
    ],
    rows: [
      ...compliance.byMonth.map((m) => ({ label: monthName(m.month), cells: cells(m.returnInterviewsByResponsibility[side]) })),
      { label: 'Whole year', cells: cells(compliance.returnInterviewsByResponsibility[side]), total: true },
    ],
  };
}

/** The board's figures for a financial year, one per chart, in the order a board pack reads them. */
export function yearlyFiguresModel({ counts, compliance, cme }: YearlyFiguresAnswers, yearText: string): BoardFigure[] {
  const byMonth = counts.byMonth.map((m) => ({ label: monthName(m.month), counts: m }));
  const repeat = (c: YearlyCounts) => [count(c.repeatEpisodes), count(c.repeatChildren)];
  return [
    countsFigure('by-month', 'Notifications, episodes and children by month', `Police notifications, missing episodes and children, by month, ${yearText}`, 'Month', byMonth, counts.total, [
      'A notification counts in the month of the event the police reported; an episode in the month it started. A child missing in several months counts in each, and once in the whole year.',
    ]),
    countsFigure('by-force', 'Notifications, episodes and children by police force', `Police notifications, missing episodes and children, by force, ${yearText}`, 'Force', counts.byForce.map((f) => ({ label: f.force, counts: f })), counts.total, [
      'A child reported by two forces counts once for each, and once in the whole year.',
    ]),
    complianceFigure('rhi-ours', 'Return home interviews: our children', 'our children', 'ours', compliance, yearText),
    complianceFigure('rhi-placed-here', 'Return home interviews: children placed here by other authorities', 'children placed here by other authorities', 'placedHere', compliance, yearText),
    {
      id: 'repeat-missing',
      heading: 'Repeat missing',
      title: `Repeat missing episodes and children missing again, by month, ${yearText}`,
      description: [
        'A repeat episode is an episode of a child who had already been missing before in the same year (their second episode of the year, and every one after). A child missing again is a child with a repeat episode in the month.',
        `For the whole year, the children count is the children missing 2 or more times in the year: ${counts.total.repeatChildren} of ${counts.total.children}.`,
      ],
      unit: '',
      rowHeading: 'Month',
      columns: [
        { text: 'Repeat episodes', charted: true },
        { text: 'Children missing again', charted: true },
      ],
      rows: [...byMonth.map((m) => ({ label: m.label, cells: repeat(m.counts) })), { label: 'Whole year', cells: repeat(counts.total), total: true }],
    },
    {
      id: 'cme-by-source',
      heading: 'Children missing education: referrals by source',
      title: `Children missing education cases opened, by source, ${yearText}`,
      description: ['Each case counts once, by how it came to us: a school return or an agency.'],
      unit: '',
      rowHeading: 'Source',
      columns: [{ text: 'Cases opened', charted: true }],
      rows: [...cme.referralsBySource.map((s) => ({ label: label('cmeSource', s.key), cells: [count(s.count)] })), { label: 'All sources', cells: [{ text: String(cme.referrals) }], total: true }],
    },
  ];
}

/** The CSV: each figure's table as the page shows it, one after another, a title line before each. */
export function yearlyFiguresCsv(figures: BoardFigure[]): string {
  // The page's non-breaking spaces (keeping "72 hours" together) are plain spaces in a spreadsheet.
  const plain = (text: string) => text.replace(/\u00a0/g, ' ');
  return tablesToCsv(
    figures.map((f) => ({
      title: plain(f.title),
      header: [f.rowHeading, ...f.columns.map((c) => c.text)].map(plain),
      rows: f.rows.map((r) => [r.label, ...r.cells.map((c) => c.text)].map(plain)),
    })),
  );
}
