import { ValidationOptions, registerDecorator } from 'class-validator';

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
