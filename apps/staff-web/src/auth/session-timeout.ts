/**
 * When the time-out warning shows: 2 minutes before the session ends, or a quarter of the
 * timeout if that is shorter (a 4-minute session warns at 3 minutes, not at the start).
 */
export const LONGEST_WARNING_SECONDS = 120;

export function warningSecondsFor(timeoutSeconds: number): number {
  return Math.max(1, Math.min(LONGEST_WARNING_SECONDS, Math.floor(timeoutSeconds / 4)));
}

const unit = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "30 minutes", "1 minute", "1 minute 30 seconds", "40 seconds": how long someone was idle. */
export function idleTimeInWords(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return unit(rest, 'second');
  return rest === 0 ? unit(minutes, 'minute') : `${unit(minutes, 'minute')} ${unit(rest, 'second')}`;
}
