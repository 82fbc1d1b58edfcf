import { packMonth } from './pack-month';

describe('the month a monthly pack covers', () => {
  it('given a summer month, then it runs between London midnights in BST, with the month before', () => {
    expect(packMonth('2026-07')).toEqual({
      month: '2026-07',
      start: new Date('2026-06-30T23:00:00Z'),
      end: new Date('2026-07-31T23:00:00Z'),
      previousMonth: '2026-06',
      previousStart: new Date('2026-05-31T23:00:00Z'),
    });
  });

  it('given March, then it starts in GMT and ends in BST (the clocks change on its last Sunday)', () => {
    expect(packMonth('2027-03')).toMatchObject({ start: new Date('2027-03-01T00:00:00Z'), end: new Date('2027-03-31T23:00:00Z') });
  });

  it('given January, then the month before is last December', () => {
    expect(packMonth('2027-01')).toMatchObject({ previousMonth: '2026-12', previousStart: new Date('2026-12-01T00:00:00Z'), end: new Date('2027-02-01T00:00:00Z') });
  });

  it.each([undefined, '', '2026-13', '2026-00', '2026-7', '1999-12', '2026-07-01', ['2026-07']])('given %p, then a 400 names month', (text) => {
    expect(() => packMonth(text)).toThrow(expect.objectContaining({ response: expect.objectContaining({ problems: [expect.objectContaining({ field: 'month' })] }) }));
  });
});
