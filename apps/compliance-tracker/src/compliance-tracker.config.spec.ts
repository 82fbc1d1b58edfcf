import { loadConfig } from '@homeward/platform';
import { ComplianceTrackerConfig } from './compliance-tracker.config';

const BASE = {
  DATABASE_URL: 'postgres://homeward@127.0.0.1:5432/homeward',
  REDIS_URL: 'redis://127.0.0.1:6379',
  KAFKA_BROKERS: '127.0.0.1:9092',
  STAFF_TOKEN_SECRET: 'a-real-staff-token-secret-from-the-store-0123',
};

describe("compliance-tracker's settings: the development staff and how long a token lasts", () => {
  it('given nothing said, seeds no development staff; npm start asks for them in development only', () => {
    expect(loadConfig(ComplianceTrackerConfig, { ...BASE, NODE_ENV: 'development' }).seedDevelopmentStaff).toBe(false);
    expect(loadConfig(ComplianceTrackerConfig, { ...BASE, NODE_ENV: 'development', SEED_DEVELOPMENT_STAFF: 'true' }).seedDevelopmentStaff).toBe(true);
    for (const NODE_ENV of ['production', 'test', undefined]) {
      expect(() => loadConfig(ComplianceTrackerConfig, { ...BASE, NODE_ENV, SEED_DEVELOPMENT_STAFF: 'true' })).toThrow('SEED_DEVELOPMENT_STAFF is for npm start only (NODE_ENV=development)');
    }
  });

  it("given no setting, a staff token lasts 15 minutes, and never more than an hour: the time a disabled officer's token still opens the other services", () => {
    expect(loadConfig(ComplianceTrackerConfig, BASE).staffTokenTtlSeconds).toBe(900);
    expect(() => loadConfig(ComplianceTrackerConfig, { ...BASE, STAFF_TOKEN_TTL_SECONDS: '7200' })).toThrow(/STAFF_TOKEN_TTL_SECONDS must not be greater than 3600/);
  });
});
