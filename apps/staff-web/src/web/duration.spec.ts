import { durationInWords } from './duration';

describe('an episode\'s length in words', () => {
  it.each([
    [45, '45 minutes'],
    [60, '1 hour'],
    [320, '5 hours 20 minutes'],
    [1440, '1 day'],
    [3060, '2 days 3 hours'],
    [0.5, 'less than a minute'],
  ])('%d minutes reads "%s"', (minutes, words) => {
    expect(durationInWords(minutes)).toBe(words);
  });

  it('reads nothing when the length is not known', () => {
    expect(durationInWords(null)).toBe('');
  });
});
