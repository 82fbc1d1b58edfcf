import { ValidationOptions, registerDecorator } from 'class-validator';

/**
 * The one way a Homeward API reads a date. class-validator's IsISO8601 accepts week dates
 * (`2026-W05-3`), ordinal dates and instants without a zone, which `new Date()` then turns into
 * an Invalid Date or a server-local time; these accept only what every service can parse alike.
 */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** A real calendar date in YYYY-MM-DD: 2026-02-30 is refused, not rolled over. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An ISO 8601 instant with a time zone (`Z` or `±hh:mm`), every part in range. */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = INSTANT.exec(value);
  if (!m || !isCalendarDate(m[1])) return false;
  const [hours, minutes, seconds, offsetHours, offsetMinutes] = [m[2], m[3], m[4] ?? '0', m[6] ?? '0', m[7] ?? '0'].map(Number);
  return hours < 24 && minutes < 60 && seconds < 60 && offsetHours < 24 && offsetMinutes < 60 && !Number.isNaN(Date.parse(value));
}

function decorator(name: string, validate: (value: unknown) => boolean, reason: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} ${reason}`, ...options },
      validator: { validate },
    });
}

export const IsCalendarDate = (options?: ValidationOptions): PropertyDecorator =>
  decorator('isCalendarDate', isCalendarDate, 'must be a real date in YYYY-MM-DD', options);

export const IsInstant = (options?: ValidationOptions): PropertyDecorator =>
  decorator('isInstant', isInstant, 'must be an ISO 8601 instant with a time zone, e.g. 2026-06-01T19:00:00Z', options);

/** Period bounds that may name a whole (London) day or an exact instant. */
export const IsCalendarDateOrInstant = (options?: ValidationOptions): PropertyDecorator =>
  decorator('isCalendarDateOrInstant', (v) => isCalendarDate(v) || isInstant(v), 'must be a date (YYYY-MM-DD) or an ISO 8601 instant with a time zone', options);
