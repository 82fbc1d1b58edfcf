import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { envNameOf } from './env.decorator';

export class InvalidConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'InvalidConfigurationError';
  }
}

function describe(error: ValidationError): string {
  const variable = envNameOf(error.target ?? {}, error.property);
  const reasons = Object.values(error.constraints ?? {}).map((r) => r.replace(error.property, variable));
  return `${variable}: ${reasons.join('; ')}`;
}

/** Validates the environment against a typed config class at boot; fails naming each bad variable. */
export function loadConfig<T extends object>(configClass: new () => T, env: Record<string, string | undefined>): T {
  const instance = plainToInstance(configClass, env, {
    excludeExtraneousValues: true,
    exposeDefaultValues: true,
    enableImplicitConversion: true,
  });
  const errors = validateSync(instance, { skipMissingProperties: false });
  if (errors.length > 0) throw new InvalidConfigurationError(errors.map(describe));
  return instance;
}
