import { missingCsv } from './missing-csv';

describe('the DfE Missing table CSV', () => {
  it('given rows, it writes the header and one CRLF-ended line a row, blank where a field is empty, exactly', () => {
    const csv = missingCsv([
      { CHILD: 'LA1001', DOB: '04/05/2012', MISSING: 'M', MIS_START: '01/04/2026', MIS_END: '02/04/2026' },
      { CHILD: 'LA1002', DOB: '29/02/2012', MISSING: 'A', MIS_START: '30/03/2027', MIS_END: null },
    ]);
    expect(Buffer.from(csv, 'utf8')).toEqual(
      Buffer.from('CHILD,DOB,MISSING,MIS_START,MIS_END\r\nLA1001,04/05/2012,M,01/04/2026,02/04/2026\r\nLA1002,29/02/2012,A,30/03/2027,\r\n', 'utf8'),
    );
  });

  it('given no rows, it is the header alone', () => {
    expect(missingCsv([])).toBe('CHILD,DOB,MISSING,MIS_START,MIS_END\r\n');
  });

  it('given an identifier holding a comma or a quote, it is quoted so the columns stay put', () => {
    expect(missingCsv([{ CHILD: 'A,"1"', DOB: null, MISSING: 'M', MIS_START: '01/04/2026', MIS_END: null }])).toBe(
      'CHILD,DOB,MISSING,MIS_START,MIS_END\r\n"A,""1""",,M,01/04/2026,\r\n',
    );
  });
});
