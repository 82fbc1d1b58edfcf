import { Expose } from 'class-transformer';

const ENV_NAMES = Symbol('homeward:env-names');

/** Binds a typed config property to its environment variable, so errors name the variable. */
export function Env(variable: string): PropertyDecorator {
  return (target, property) => {
    Expose({ name: variable })(target, property);
    const names: Record<string, string> = Reflect.getMetadata(ENV_NAMES, target) ?? {};
    Reflect.defineMetadata(ENV_NAMES, { ...names, [String(property)]: variable }, target);
  };
}

/** Every property bound to a variable, with its variable's name. */
export function envBindingsOf(target: object): Record<string, string> {
  return { ...((Reflect.getMetadata(ENV_NAMES, target) as Record<string, string> | undefined) ?? {}) };
}

export function envNameOf(target: object, property: string): string {
  const names: Record<string, string> = Reflect.getMetadata(ENV_NAMES, target) ?? {};
  return names[property] ?? property;
}
