import { parseTimeOfDay } from './time-input';

describe('a time of day as staff type it', () => {
  it('reads 12-hour times with am or pm, with or without minutes', () => {
    expect(parseTimeOfDay('9am')).toEqual({ hours: 9, minutes: 0 });
    expect(parseTimeOfDay('9:30am')).toEqual({ hours: 9, minutes: 30 });
    expect(parseTimeOfDay('2.15 PM')).toEqual({ hours: 14, minutes: 15 });
    expect(parseTimeOfDay('12pm')).toEqual({ hours: 12, minutes: 0 });
    expect(parseTimeOfDay('12:05am')).toEqual({ hours: 0, minutes: 5 });
  });

  it('reads 24-hour times and the words for noon and midnight', () => {
    expect(parseTimeOfDay('14:30')).toEqual({ hours: 14, minutes: 30 });
    expect(parseTimeOfDay('07.05')).toEqual({ hours: 7, minutes: 5 });
    expect(parseTimeOfDay('midday')).toEqual({ hours: 12, minutes: 0 });
    expect(parseTimeOfDay('Midnight')).toEqual({ hours: 0, minutes: 0 });
  });

  it('refuses what is not a time, rather than guessing', () => {
    for (const text of ['', '9', '930', '25:00', '13pm', '0am', '9:75', 'soon', '9:30 in the morning']) expect(parseTimeOfDay(text)).toBeUndefined();
  });
});
