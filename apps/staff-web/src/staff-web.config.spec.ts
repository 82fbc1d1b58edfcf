import { loadConfig } from '@homeward/platform';
import { StaffWebConfig } from './staff-web.config';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'a-real-session-secret-of-at-least-32-characters' };
const DEVELOPMENT = { NODE_ENV: 'development' };

describe("staff-web's settings: the session timeout and council sign-in", () => {
  it('takes the idle timeout in minutes, and a test-only one in seconds that wins over it', () => {
    expect(loadConfig(StaffWebConfig, DEVELOPMENT).sessionTimeoutSeconds).toBe(30 * 60);
    expect(loadConfig(StaffWebConfig, { ...DEVELOPMENT, SESSION_TIMEOUT_MINUTES: '20' }).sessionTimeoutSeconds).toBe(20 * 60);
    expect(loadConfig(StaffWebConfig, { NODE_ENV: 'test', SESSION_TIMEOUT_MINUTES: '20', SESSION_TIMEOUT_SECONDS: '40' }).sessionTimeoutSeconds).toBe(40);
  });

  it('refuses the timeout in seconds outside tests, so no deployment runs with a test setting', () => {
    expect(() => loadConfig(StaffWebConfig, { ...PRODUCTION, SESSION_TIMEOUT_SECONDS: '40' })).toThrow('SESSION_TIMEOUT_SECONDS is for tests only (NODE_ENV=test)');
    expect(() => loadConfig(StaffWebConfig, { NODE_ENV: 'development', SESSION_TIMEOUT_SECONDS: '40' })).toThrow('SESSION_TIMEOUT_SECONDS');
    expect(() => loadConfig(StaffWebConfig, { NODE_ENV: 'test', SESSION_TIMEOUT_SECONDS: '3' })).toThrow('SESSION_TIMEOUT_SECONDS');
  });

  it("reads empty OIDC variables (docker-compose's defaults) as council sign-in off", () => {
    const config = loadConfig(StaffWebConfig, { ...PRODUCTION, OIDC_ISSUER_URL: '', OIDC_CLIENT_ID: '', OIDC_CLIENT_SECRET: '', OIDC_REDIRECT_URL: '' });
    expect(config.oidcEnabled).toBe(false);
  });

  it('needs a client id with an issuer, an https issuer in production, and calls back at PUBLIC_URL unless told otherwise', () => {
    expect(() => loadConfig(StaffWebConfig, { ...DEVELOPMENT, OIDC_ISSUER_URL: 'https://login.council.example' })).toThrow('OIDC_CLIENT_ID');
    expect(() => loadConfig(StaffWebConfig, { ...PRODUCTION, OIDC_ISSUER_URL: 'http://login.council.example', OIDC_CLIENT_ID: 'homeward' })).toThrow(
      'OIDC_ISSUER_URL must be an https URL in production',
    );
    const config = loadConfig(StaffWebConfig, { ...PRODUCTION, OIDC_ISSUER_URL: 'https://login.council.example', OIDC_CLIENT_ID: 'homeward', PUBLIC_URL: 'https://homeward.council.example/' });
    expect(config.oidcEnabled).toBe(true);
    expect(config.oidcCallbackUrl).toBe('https://homeward.council.example/sign-in/callback');
    expect(loadConfig(StaffWebConfig, { ...DEVELOPMENT, OIDC_ISSUER_URL: 'http://127.0.0.1:4000', OIDC_CLIENT_ID: 'c', OIDC_REDIRECT_URL: 'http://localhost:3004/cb' }).oidcCallbackUrl).toBe('http://localhost:3004/cb');
  });

  it('runs as production unless told otherwise, and refuses there to start with a development secret, naming it', () => {
    expect(() => loadConfig(StaffWebConfig, {})).toThrow('SESSION_SECRET must be set in production (not the development value)');
    expect(loadConfig(StaffWebConfig, { SESSION_SECRET: PRODUCTION.SESSION_SECRET }).nodeEnv).toBe('production');
    expect(() => loadConfig(StaffWebConfig, { SESSION_SECRET: 'dev-only-insecure-session-secret-change-me' })).toThrow('SESSION_SECRET: holds a development value');
    expect(() => loadConfig(StaffWebConfig, { ...PRODUCTION, OIDC_ISSUER_URL: 'https://login.council.example', OIDC_CLIENT_ID: 'homeward', OIDC_CLIENT_SECRET: 'homeward-dev-password' })).toThrow(
      'OIDC_CLIENT_SECRET: holds a development value',
    );
  });

  it("trusts one proxy hop in production and none elsewhere unless TRUST_PROXY says whose X-Forwarded-For to believe", () => {
    expect(loadConfig(StaffWebConfig, PRODUCTION).trustProxy).toBe('1');
    expect(loadConfig(StaffWebConfig, DEVELOPMENT).trustProxy).toBe('false');
    expect(loadConfig(StaffWebConfig, { ...PRODUCTION, TRUST_PROXY: 'false' }).trustProxy).toBe('false');
    expect(loadConfig(StaffWebConfig, { ...DEVELOPMENT, TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(() => loadConfig(StaffWebConfig, { ...DEVELOPMENT, TRUST_PROXY: 'every proxy!' })).toThrow('TRUST_PROXY');
  });

  it('calls education-referrals (children missing education) on 3005 unless told otherwise, and refuses a URL that is not one', () => {
    expect(loadConfig(StaffWebConfig, DEVELOPMENT).educationReferralsUrl).toBe('http://127.0.0.1:3005');
    expect(loadConfig(StaffWebConfig, { ...PRODUCTION, EDUCATION_REFERRALS_URL: 'http://education-referrals:3005' }).educationReferralsUrl).toBe('http://education-referrals:3005');
    expect(() => loadConfig(StaffWebConfig, { ...DEVELOPMENT, EDUCATION_REFERRALS_URL: 'education-referrals:3005' })).toThrow('EDUCATION_REFERRALS_URL');
  });
});
