import { londonDateTime } from '../../web/date-filters';
import { toCsv } from '../csv';
import type { WeeklyReportRows, WeeklyRow } from './weekly-rows';

const PARTS: [keyof Omit<WeeklyReportRows, 'summary'>, string][] = [
  ['ours', 'Our child'],
  ['placedHere', 'Placed here by another authority'],
  ['authorityNotKnown', 'Placing authority not known'],
];

const COLUMNS: [string, (r: WeeklyRow) => string | number | null][] = [
  ['Child', (r) => r.childName],
  ['LA child id', (r) => r.child.localAuthorityId],
  ['Age', (r) => r.child.ageYears],
  ['Police reference', (r) => r.policeReference],
  ['Force', (r) => r.force],
  ['Placement', (r) => r.placementText],
  ['Placing authority', (r) => r.placingAuthority],
  ['Missing since', (r) => (r.missingSince ? londonDateTime(r.missingSince) : 'Not known')],
  ['Found', (r) => (r.foundAt ? londonDateTime(r.foundAt) : 'Still missing')],
  ['Missing at the end of the week', (r) => (r.stillMissing ? 'Yes' : 'No')],
  ['Duration', (r) => r.durationText],
  ['Risk', (r) => r.riskText],
  ['Risk changes', (r) => r.riskChangesText],
  ['Flags', (r) => r.flagsText],
  ['Found location', (r) => r.foundLocationText],
  ['Repeat count', (r) => r.repeatCount],
  ['RHI', (r) => r.rhi?.text ?? (r.foundAt ? 'None asked' : 'When found')],
  ['RHI on time', (r) => r.rhi?.timing ?? ''],
  ['RHI responsible', (r) => r.rhi?.responsible ?? ''],
  ['Open actions', (r) => r.openActions.map((a) => `${a.text}${a.overdue ? ' (overdue)' : ''}`).join('; ')],
];

/** The report as a spreadsheet: one line an episode, ours first, then those placed here. */
export function weeklyCsv(rows: WeeklyReportRows): string {
  return toCsv(
    ['Part', ...COLUMNS.map(([name]) => name)],
    PARTS.flatMap(([part, name]) => rows[part].map((r) => [name, ...COLUMNS.map(([, value]) => value(r))])),
  );
}
