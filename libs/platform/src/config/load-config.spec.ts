import { InvalidConfigurationError, loadConfig } from './load-config';
import { ServiceConfig } from './service.config';

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

  it('given an out-of-range number, names the variable and the limit', () => {
    expect(() => loadConfig(ServiceConfig, { ...valid, DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE must not be less than 1/);
  });
});
