/** The reports page's list: each report, who reads it, and where. */
export interface ReportEntry {
  href: string;
  title: string;
  readBy: string;
  description: string;
}

export const REPORTS: ReportEntry[] = [
  {
    href: '/reports/weekly-looked-after',
    title: 'Weekly looked-after children missing report',
    readBy: 'For senior managers and the Director of Children’s Services, every Monday',
    description: 'Every missing episode of a looked-after child in the week, ours wherever placed and those placed here by other authorities, with risk, return interviews and open actions.',
  },
  {
    href: '/reports/monthly-pack',
    title: 'Monthly multi-agency meeting pack',
    readBy: 'For the monthly multi-agency meeting',
    description: 'The children meeting the persistent, high-risk and CSE criteria in the month with their episodes and open actions, the places children were last seen or found repeatedly, and overdue actions.',
  },
  {
    href: '/reports/yearly-figures',
    title: 'Yearly and board figures',
    readBy: 'For the Safeguarding Board, yearly',
    description: 'Notifications, episodes and children by month and by force, return interviews within 72 hours, repeat missing and children missing education referrals, each as a chart with its table.',
  },
  {
    href: '/reports/ssda903-missing',
    title: 'SSDA903 Missing return',
    readBy: 'For the DfE, yearly',
    description: 'The Missing table of our looked-after children for the collection year, checked by the DfE’s rules before it is offered as a file.',
  },
];
