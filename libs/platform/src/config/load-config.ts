import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { developmentValuesIn } from './development-values';
import { envBindingsOf, envNameOf } from './env.decorator';

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
  const inProduction = (instance as { nodeEnv?: string }).nodeEnv === 'production';
  if (inProduction) {
    // Defaults included: a development value left as a class default is just as public.
    const bindings = Object.entries(envBindingsOf(instance)).map(([property, variable]) => ({ variable, value: (instance as Record<string, unknown>)[property] }));
    const published = developmentValuesIn(bindings);
    if (published.length > 0) throw new InvalidConfigurationError(published.map((v) => `${v}: holds a development value published in the repository; production needs its own secret`));
  }
  return instance;
}
