import { ValidationOptions, registerDecorator } from 'class-validator';

/** A real calendar date in YYYY-MM-DD: 2026-02-30 is refused, not rolled over. */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be a real date in YYYY-MM-DD`, ...options },
      validator: { validate: isCalendarDate },
    });
}

/** A field that only makes sense for one notification type (found details on a FOUND). */
export function OnlyWithType(type: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'onlyWithType',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} may only be given with type ${type}`, ...options },
      validator: { validate: (value, args) => value === undefined || (args?.object as { type?: string }).type === type },
    });
}
