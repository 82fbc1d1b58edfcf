import { idleTimeInWords, warningSecondsFor } from './session-timeout';

describe('the time-out warning', () => {
  it('warns 2 minutes before the end of a session of the usual length', () => {
    expect(warningSecondsFor(30 * 60)).toBe(120);
    expect(warningSecondsFor(8 * 60)).toBe(120);
  });

  it('warns a quarter of the timeout before the end when 2 minutes would be most of it', () => {
    expect(warningSecondsFor(4 * 60)).toBe(60);
    expect(warningSecondsFor(60)).toBe(15);
    expect(warningSecondsFor(2)).toBe(1);
  });
});

describe('how long someone did nothing, in words', () => {
  it('says minutes, singular or plural', () => {
    expect(idleTimeInWords(30 * 60)).toBe('30 minutes');
    expect(idleTimeInWords(60)).toBe('1 minute');
  });

  it('says seconds where the time is not whole minutes (test timeouts)', () => {
    expect(idleTimeInWords(40)).toBe('40 seconds');
    expect(idleTimeInWords(90)).toBe('1 minute 30 seconds');
  });
});
