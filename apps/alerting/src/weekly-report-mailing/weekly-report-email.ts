import type { EmailContent } from '../delivery/channels/email.sender';

const dayMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
const year = (d: Date) => d.getUTCFullYear();

/** "Monday 30 November to Sunday 6 December 2026", or with both years when the week crosses New Year. */
export function weekInWords(week: string): string {
  const monday = new Date(`${week}T00:00:00Z`);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  const from = dayMonth.format(monday).replace(',', '');
  const to = `${dayMonth.format(sunday).replace(',', '')} ${year(sunday)}`;
  return year(monday) === year(sunday) ? `${from} to ${to}` : `${from} ${year(monday)} to ${to}`;
}

/** The weekly report's page in staff-web for `week` (its Monday). */
export function weeklyReportLink(staffWebUrl: string, week: string): string {
  return `${staffWebUrl.replace(/\/+$/, '')}/reports/weekly-looked-after?week=${week}`;
}

/**
 * The Monday mail to managers that the weekly looked-after children's missing report is ready:
 * the week in words and the link. By design it carries nothing from the report, not even counts:
 * the report is read only after signing in, by those whose role allows it. Pure.
 */
export function weeklyReportEmail(week: string, staffWebUrl: string): EmailContent {
  const words = weekInWords(week);
  return {
    subject: `[Homeward] Weekly looked-after children's missing report: ${words}`,
    headers: { 'X-Homeward-Report': 'weekly-looked-after', 'X-Homeward-Report-Week': week },
    text: [
      `The weekly report of looked-after children's missing episodes for the week ${words} is ready.`,
      '',
      'Open it in the Homeward staff workspace (you will be asked to sign in):',
      weeklyReportLink(staffWebUrl, week),
      '',
      "This e-mail carries no child's details: they are in the report, for staff who sign in.",
      '',
    ].join('\n'),
  };
}
