/**
 * Every secret the repository publishes (the local stack's, the test harness's) is one a service
 * in production refuses to start with: the list in libs/platform must keep up with them.
 */
import { KNOWN_DEVELOPMENT_VALUES } from '@homeward/platform';
import { TEST_STAFF_TOKEN_SECRET } from '@homeward/testing';
import { DEV_SESSION_SECRET, serviceEnvironment } from '@homeward/local-stack';

describe('known development secrets', () => {
  it('given the settings npm start gives every service, each secret, key and password among them is refused in production', () => {
    const env = serviceEnvironment({ databaseUrl: 'postgres://x@127.0.0.1/homeward', redisUrl: 'redis://127.0.0.1', kafkaBrokers: ['127.0.0.1:9092'], stop: async () => undefined });
    const secrets = Object.entries(env).filter(([name]) => /SECRET|KEYS?$|PASSWORD/.test(name) && !(name in process.env));
    expect(secrets.map(([name]) => name).sort()).toEqual(['CHILD_KEY_SECRET', 'PROTOCOL_ADMIN_KEYS', 'STAFF_TOKEN_SECRET']);
    for (const [name, value] of secrets) {
      expect({ name, known: KNOWN_DEVELOPMENT_VALUES.some((known) => String(value).includes(known)) }).toEqual({ name, known: true });
    }
    expect(KNOWN_DEVELOPMENT_VALUES).toEqual(expect.arrayContaining([DEV_SESSION_SECRET, TEST_STAFF_TOKEN_SECRET]));
  });
});
