import { weeklyReportEmail, weekInWords } from './weekly-report-email';

describe("the weekly report's mail: the week in words and a link, nothing from the report", () => {
  it('given a week, says which in words, links to its page on staff-web and says the page needs sign-in', () => {
    const mail = weeklyReportEmail('2026-11-30', 'https://homeward.council.example.gov.uk/');
    expect(mail.subject).toBe("[Homeward] Weekly looked-after children's missing report: Monday 30 November to Sunday 6 December 2026");
    expect(mail.headers).toEqual({ 'X-Homeward-Report': 'weekly-looked-after', 'X-Homeward-Report-Week': '2026-11-30' });
    expect(mail.text).toContain('https://homeward.council.example.gov.uk/reports/weekly-looked-after?week=2026-11-30\n');
    expect(mail.text).toContain('you will be asked to sign in');
    // Only the week goes in: no count or name of any child can.
    expect(mail.text).not.toMatch(/\d+ (episodes?|children|child)/);
  });

  it('given a week crossing New Year, names both years', () => {
    expect(weekInWords('2026-12-28')).toBe('Monday 28 December 2026 to Sunday 3 January 2027');
  });
});
