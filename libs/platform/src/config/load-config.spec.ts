import { IsString } from 'class-validator';
import { KNOWN_DEVELOPMENT_VALUES } from './development-values';
import { Env } from './env.decorator';
import { InvalidConfigurationError, loadConfig } from './load-config';
import { ServiceConfig } from './service.config';

/** A service with secrets, as the apps have them. */
class SecretsConfig extends ServiceConfig {
  @Env('STAFF_TOKEN_SECRET') @IsString()
  staffTokenSecret!: string;

  @Env('CHILD_KEY_SECRET') @IsString()
  childKeySecret!: string;
}
const REAL = { STAFF_TOKEN_SECRET: 'a-real-secret-from-the-secret-store-0123456789', CHILD_KEY_SECRET: 'another-real-secret-from-the-store-987654' };

const valid = {
  PORT: '3001',
  DATABASE_URL: 'postgres://homeward@127.0.0.1:5432/homeward',
  REDIS_URL: 'redis://127.0.0.1:6379',
  KAFKA_BROKERS: 'broker-a:9092, broker-b:9092',
};

describe('service configuration, validated at boot', () => {
  it('given valid variables, yields typed values with defaults filled in', () => {
    const config = loadConfig(ServiceConfig, { ...valid, KAFKA_IDEMPOTENT_PRODUCER: 'false' });
    expect(config.port).toBe(3001);
    expect(config.kafkaBrokers).toEqual(['broker-a:9092', 'broker-b:9092']);
    expect(config.kafkaIdempotentProducer).toBe(false);
    expect(config.databasePoolSize).toBe(10);
    expect(config.queuePrefix).toBe('homeward');
  });

  it('given "true" for a flag, reads it as true', () => {
    expect(loadConfig(ServiceConfig, { ...valid, KAFKA_IDEMPOTENT_PRODUCER: 'true' }).kafkaIdempotentProducer).toBe(true);
  });

  it('given a bad and a missing variable, refuses with a message naming each variable', () => {
    const attempt = () => loadConfig(ServiceConfig, { ...valid, DATABASE_URL: 'mysql://nope', PORT: undefined });
    expect(attempt).toThrow(InvalidConfigurationError);
    expect(attempt).toThrow(/DATABASE_URL: .*postgres:\/\//);
    expect(attempt).toThrow(/PORT: /);
  });

  it('given no NODE_ENV, runs as production', () => {
    expect(loadConfig(ServiceConfig, valid).nodeEnv).toBe('production');
    expect(loadConfig(ServiceConfig, { ...valid, NODE_ENV: 'development' }).nodeEnv).toBe('development');
  });

  it('given production and any setting holding a development value published in the repository, refuses naming each variable', () => {
    for (const known of KNOWN_DEVELOPMENT_VALUES) {
      const attempt = () => loadConfig(SecretsConfig, { ...valid, ...REAL, NODE_ENV: 'production', STAFF_TOKEN_SECRET: known });
      expect(attempt).toThrow(InvalidConfigurationError);
      expect(attempt).toThrow(/STAFF_TOKEN_SECRET: holds a development value published in the repository/);
    }
    // Inside another value too: the development Postgres password in the database URL.
    const both = () =>
      loadConfig(SecretsConfig, { ...valid, ...REAL, NODE_ENV: 'production', CHILD_KEY_SECRET: 'dev-only-insecure-child-key-secret-change-me', DATABASE_URL: 'postgres://homeward:homeward-dev-password@postgres:5432/homeward' });
    expect(both).toThrow(/DATABASE_URL: holds a development value/);
    expect(both).toThrow(/CHILD_KEY_SECRET: holds a development value/);
    // Without NODE_ENV it is production, so the same refusal.
    expect(() => loadConfig(SecretsConfig, { ...valid, ...REAL, STAFF_TOKEN_SECRET: KNOWN_DEVELOPMENT_VALUES[1] })).toThrow(/STAFF_TOKEN_SECRET/);
  });

  it('given production with its own secrets, or development with the published ones, starts', () => {
    expect(loadConfig(SecretsConfig, { ...valid, ...REAL, NODE_ENV: 'production' }).staffTokenSecret).toBe(REAL.STAFF_TOKEN_SECRET);
    expect(loadConfig(SecretsConfig, { ...valid, NODE_ENV: 'development', STAFF_TOKEN_SECRET: KNOWN_DEVELOPMENT_VALUES[1], CHILD_KEY_SECRET: KNOWN_DEVELOPMENT_VALUES[0] }).nodeEnv).toBe('development');
  });

  it('given an out-of-range number, names the variable and the limit', () => {
    expect(() => loadConfig(ServiceConfig, { ...valid, DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE must not be less than 1/);
  });
});
