import { weeklyReport, episodeWork } from './weekly-fixtures';
import { weeklyCsv } from './weekly-csv';
import { joinWork } from './weekly-rows';

describe('the weekly report as a CSV', () => {
  it('given the week, one line an episode with the RHI joined by episode id, RHIs overdue counted once both are known', () => {
    const rows = joinWork(weeklyReport(), episodeWork());
    expect(rows.summary).toEqual({ episodes: 4, children: 4, stillMissing: 1, highRisk: 2, rhisOverdue: 1 });
    const lines = weeklyCsv(rows).split('\r\n');
    expect(lines[0].startsWith('\uFEFFPart,Child,')).toBe(true);
    expect(lines[1]).toContain('Jay Patel,LA-551020,15,WY/26/007001,WYP,Children\'s home,E08000032,Friday 20 November 2026 at 10pm,Monday 23 November 2026 at 10am,No,2 days 12 hours,Low,,,,1,Not offered yet,Was due Thursday 26 November 2026 at 10am,Us,');
    expect(lines[4]).toContain('Held,Offered and held on time,Placing authority (E08000036),');
  });

  it('given a name a spreadsheet would run as a formula, it is kept as text', () => {
    const report = weeklyReport();
    report.ours = [{ ...report.ours[0], child: { ...report.ours[0].child, givenName: '=HYPERLINK("x")', familyName: null } }];
    report.placedHere = [];
    expect(weeklyCsv(joinWork(report, [])).split('\r\n')[1]).toMatch(/^Our child,"'=HYPERLINK\(""x""\)",/);
  });
});
