import { tablesToCsv, toCsv } from './csv';

describe('a report as CSV', () => {
  it('given commas, quotes, line breaks and blanks, then each field is quoted as RFC 4180 says, lines end CRLF, after a byte-order mark for Excel', () => {
    expect(toCsv(['a', 'b', 'c'], [['Bus station, Victoria', 'the "Arches"', null], ['two\nlines', 3, undefined]])).toBe(
      '\uFEFFa,b,c\r\n"Bus station, Victoria","the ""Arches""",\r\n"two\nlines",3,\r\n',
    );
  });

  it('given a field a spreadsheet would run as a formula, then it is kept as text; a negative number stays a number', () => {
    expect(toCsv(['place'], [['=HYPERLINK("x")'], ['-1'], ['@SUM(A1)'], [-2]])).toBe(`\uFEFFplace\r\n"'=HYPERLINK(""x"")"\r\n'-1\r\n'@SUM(A1)\r\n-2\r\n`);
  });

  it('given two tables, then each follows its title line, with a blank line between', () => {
    const tables = [
      { title: 'By month', header: ['Month', 'Episodes'], rows: [['April 2026', 4]] },
      { title: 'By force', header: ['Force', 'Episodes'], rows: [['NOTTS', 4]] },
    ];
    expect(tablesToCsv(tables)).toBe('\uFEFFBy month\r\nMonth,Episodes\r\nApril 2026,4\r\n\r\nBy force\r\nForce,Episodes\r\nNOTTS,4\r\n');
  });
});
