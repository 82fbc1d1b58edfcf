import { Env, IsTrustProxy, loadConfig } from '@homeward/platform';
import { Global, Module } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  NotEquals,
  Validate,
  ValidateIf,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

/** Development only: production refuses to start with it (see sessionSecret). */
export const DEV_SESSION_SECRET = 'homeward-dev-session-secret-not-for-production';

const HTTP_URL = /^https?:\/\/.+/;
const urlMessage = { message: 'must be an http(s) URL' };

/** An empty variable (docker-compose's `OIDC_ISSUER_URL=`) means unset. */
const EmptyIsUnset = () => Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value));

/** A setting that exists so tests need not wait out real minutes: refused outside NODE_ENV=test. */
@ValidatorConstraint({ name: 'testsOnly' })
class TestsOnly implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return value === undefined || (args.object as StaffWebConfig).nodeEnv === 'test';
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} is for tests only (NODE_ENV=test)`;
  }
}

@ValidatorConstraint({ name: 'httpsInProduction' })
class HttpsInProduction implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return (args.object as StaffWebConfig).nodeEnv !== 'production' || (typeof value === 'string' && value.startsWith('https://'));
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be an https URL in production`;
  }
}

/**
 * staff-web's settings. Not a ServiceConfig: that one requires DATABASE_URL and KAFKA_BROKERS,
 * and this app has neither (it calls the services' APIs and keeps only sessions, in Redis).
 */
export class StaffWebConfig {
  /** Production unless said otherwise: `npm start` says development and the test harness test. */
  @Env('NODE_ENV') @IsIn(['development', 'test', 'production'])
  nodeEnv: 'development' | 'test' | 'production' = 'production';

  @Env('HOST') @IsString()
  host: string = '0.0.0.0';

  @Env('PORT') @IsInt() @Min(1) @Max(65535)
  port: number = 3004;

  @Env('LOG_LEVEL') @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  logLevel: string = 'info';

  @Env('REDIS_URL') @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// URL' })
  redisUrl: string = 'redis://127.0.0.1:6379';

  /** Signs the session cookie. In production it must be set, long, and not the development value. */
  @Env('SESSION_SECRET') @IsString() @MinLength(32)
  @ValidateIf((c: StaffWebConfig) => c.nodeEnv === 'production')
  @NotEquals(DEV_SESSION_SECRET, { message: 'SESSION_SECRET must be set in production (not the development value)' })
  sessionSecret: string = DEV_SESSION_SECRET;

  /** Idle time before a session ends; every request restarts it (rolling). */
  @Env('SESSION_TIMEOUT_MINUTES') @IsInt() @Min(1) @Max(24 * 60)
  sessionTimeoutMinutes: number = 30;

  /** Tests only: the idle timeout in seconds, overriding SESSION_TIMEOUT_MINUTES (the time-out warning in a browser test). */
  @Env('SESSION_TIMEOUT_SECONDS') @EmptyIsUnset() @IsOptional() @IsInt() @Min(10) @Max(3600) @Validate(TestsOnly)
  sessionTimeoutSecondsForTests?: number;

  /** The idle timeout the session store, its cookie and the layout's warning all use. */
  get sessionTimeoutSeconds(): number {
    return this.sessionTimeoutSecondsForTests ?? this.sessionTimeoutMinutes * 60;
  }

  @Env('COMPLIANCE_TRACKER_URL') @Matches(HTTP_URL, urlMessage)
  complianceTrackerUrl: string = 'http://127.0.0.1:3002';

  @Env('PROTOCOL_ENGINE_URL') @Matches(HTTP_URL, urlMessage)
  protocolEngineUrl: string = 'http://127.0.0.1:3001';

  @Env('ALERTING_URL') @Matches(HTTP_URL, urlMessage)
  alertingUrl: string = 'http://127.0.0.1:3003';

  /** Staff record placement notices there (POST /v1/placement-notices with their staff token). */
  @Env('INGEST_API_URL') @Matches(HTTP_URL, urlMessage)
  ingestApiUrl: string = 'http://127.0.0.1:3000';

  /** Children missing education: CME cases, reasonable enquiries, outcomes, agencies' referrals. */
  @Env('EDUCATION_REFERRALS_URL') @Matches(HTTP_URL, urlMessage)
  educationReferralsUrl: string = 'http://127.0.0.1:3005';

  /** How long a page waits for a service before showing the "problem with the service" page. */
  @Env('API_TIMEOUT_MS') @IsInt() @Min(100)
  apiTimeoutMs: number = 10_000;

  /** Where staff reach this app (links, OIDC redirects). */
  @Env('PUBLIC_URL') @Matches(HTTP_URL, urlMessage)
  publicUrl: string = 'http://localhost:3004';

  // OpenID Connect sign-in: on only when OIDC_ISSUER_URL is set. In production the provider
  // must be reached over https (tokens and the client secret travel to it).
  @Env('OIDC_ISSUER_URL') @EmptyIsUnset() @IsOptional() @Matches(HTTP_URL, urlMessage) @Validate(HttpsInProduction)
  oidcIssuerUrl?: string;

  @Env('OIDC_CLIENT_ID') @EmptyIsUnset() @ValidateIf((c: StaffWebConfig) => Boolean(c.oidcIssuerUrl)) @IsString() @MinLength(1)
  oidcClientId?: string;

  /** Without one the client is public (PKCE only, token endpoint auth `none`). */
  @Env('OIDC_CLIENT_SECRET') @EmptyIsUnset() @IsOptional() @IsString()
  oidcClientSecret?: string;

  /** Default: PUBLIC_URL + /sign-in/callback (register it with the provider). */
  @Env('OIDC_REDIRECT_URL') @EmptyIsUnset() @IsOptional() @Matches(HTTP_URL, urlMessage)
  oidcRedirectUrl?: string;

  get oidcCallbackUrl(): string {
    return this.oidcRedirectUrl ?? `${this.publicUrl.replace(/\/$/, '')}/sign-in/callback`;
  }

  get oidcEnabled(): boolean {
    return Boolean(this.oidcIssuerUrl);
  }

  /**
   * Whose X-Forwarded-For names the browser's address (as the services' TRUST_PROXY): staff-web
   * passes that address on to the services, whose per-address limit on failed sign-ins counts
   * it. Default: one hop in production (a TLS-terminating proxy in front), none elsewhere. Set
   * `false` where browsers reach staff-web directly, or a browser could name any address it likes.
   */
  @Env('TRUST_PROXY') @EmptyIsUnset() @IsOptional() @IsTrustProxy()
  trustProxyGiven?: string;

  get trustProxy(): string {
    return this.trustProxyGiven ?? (this.production ? '1' : 'false');
  }

  get production(): boolean {
    return this.nodeEnv === 'production';
  }
}

/** Read and validated once at boot; injected typed everywhere else. */
@Global()
@Module({
  providers: [{ provide: StaffWebConfig, useFactory: () => loadConfig(StaffWebConfig, process.env) }],
  exports: [StaffWebConfig],
})
export class StaffWebConfigModule {}
