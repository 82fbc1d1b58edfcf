/**
 * A time of day as staff type it: "9am", "9:30am", "2.15 pm", "14:30", "0930" is not one,
 * "midday", "noon", "midnight". Hours alone with am or pm; 24-hour times need their minutes.
 * Pure; undefined when the text is not a time.
 */
export function parseTimeOfDay(text: string): { hours: number; minutes: number } | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  if (t === 'midday' || t === 'noon' || t === '12noon') return { hours: 12, minutes: 0 };
  if (t === 'midnight' || t === '12midnight') return { hours: 0, minutes: 0 };
  const twelve = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm)$/.exec(t);
  if (twelve) {
    const [hour, minutes] = [Number(twelve[1]), Number(twelve[2] ?? '0')];
    if (hour < 1 || hour > 12 || minutes > 59) return undefined;
    return { hours: (hour % 12) + (twelve[3] === 'pm' ? 12 : 0), minutes };
  }
  const day = /^(\d{1,2})[:.](\d{2})$/.exec(t);
  if (day) {
    const [hours, minutes] = [Number(day[1]), Number(day[2])];
    return hours <= 23 && minutes <= 59 ? { hours, minutes } : undefined;
  }
  return undefined;
}
