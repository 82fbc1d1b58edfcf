import { Env, EnvFlag, EnvList, ServiceConfig, STAFF_TOKEN_MIN_SECRET_LENGTH, StaffRoles } from '@homeward/platform';
import { Transform } from 'class-transformer';
import { ArrayNotEmpty, Equals, IsBoolean, IsInt, IsNumber, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

/** An empty variable (docker-compose's `OIDC_ISSUER_URL=`) means unset. */
const EmptyIsUnset = () => Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value));
const oidcConfigured = (config: ComplianceTrackerConfig) => config.oidcIssuerUrl !== undefined;
const ROLE_MAP_ENTRY = new RegExp(`^[^,]+=(${StaffRoles.join('|')})$`);

export class ComplianceTrackerConfig extends ServiceConfig {
  @Env('PORT') @IsInt() @Min(1)
  override port: number = 3002;

  /** The CMO's reminder, this many hours before each deadline. */
  @Env('REMINDER_BEFORE_HOURS') @IsNumber() @Min(0)
  reminderBeforeHours: number = 24;

  /** Escalation to the team manager, this many hours after the deadline passes. */
  @Env('ESCALATE_TEAM_MANAGER_AFTER_HOURS') @IsNumber() @Min(0)
  escalateTeamManagerAfterHours: number = 24;

  /** Escalation to the service manager, this many hours after the deadline passes. */
  @Env('ESCALATE_SERVICE_MANAGER_AFTER_HOURS') @IsNumber() @Min(0)
  escalateServiceManagerAfterHours: number = 48;

  /** An open task nobody has claimed this many hours after it was set raises `compliance.task-unclaimed.v1`, once. */
  @Env('UNCLAIMED_ALERT_AFTER_HOURS') @IsNumber() @Min(0)
  unclaimedAlertAfterHours: number = 4;

  /** No reply from a placing authority this many working days after asking: the CMO is reminded; as many again: the team manager. */
  @Env('PLACING_AUTHORITY_REPLY_WORKING_DAYS') @IsInt() @Min(1) @Max(60)
  placingAuthorityReplyWorkingDays: number = 5;

  /** Deadline wake-ups' worker lock; a worker that dies mid-job leaves it to another after this long. */
  @Env('ALARM_WORKER_LOCK_MS') @IsInt() @Min(100)
  alarmWorkerLockMs: number = 30_000;

  @Env('ALARM_WORKER_STALLED_INTERVAL_MS') @IsInt() @Min(100)
  alarmWorkerStalledIntervalMs: number = 30_000;

  /**
   * `npm start` only: seeds the development staff (one of each role, the published password, the
   * CMO's published key) so the local walkthrough needs no ops step. Refused outside development.
   */
  @Env('SEED_DEVELOPMENT_STAFF') @EnvFlag() @IsBoolean()
  @ValidateIf((c: ComplianceTrackerConfig) => c.nodeEnv !== 'development')
  @Equals(false, { message: 'SEED_DEVELOPMENT_STAFF is for npm start only (NODE_ENV=development)' })
  seedDevelopmentStaff: boolean = false;

  /** Signs the staff tokens (`POST /v1/staff/token`) other services verify: the same value in alerting. */
  @Env('STAFF_TOKEN_SECRET') @IsString() @MinLength(STAFF_TOKEN_MIN_SECRET_LENGTH)
  staffTokenSecret!: string;

  /**
   * How long a staff token is good for. Also how long a disabled officer's token still opens the
   * other services (they verify it without asking the directory; here it is refused at once), so
   * it is kept short: 15 minutes, at most an hour. staff-web renews its session's token every 5.
   */
  @Env('STAFF_TOKEN_TTL_SECONDS') @IsInt() @Min(60) @Max(3600)
  staffTokenTtlSeconds: number = 900;

  /**
   * Sign-in through the council's OpenID provider (`POST /v1/staff/oidc-sessions`): its issuer
   * URL (the discovery document is read from it). Unset, that endpoint answers 404.
   */
  @Env('OIDC_ISSUER_URL') @EmptyIsUnset() @IsOptional() @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  oidcIssuerUrl?: string;

  /** The client id staff-web is registered with: ID tokens must be issued to it (their audience). */
  @Env('OIDC_CLIENT_ID') @EmptyIsUnset() @ValidateIf(oidcConfigured) @IsString() @MinLength(1)
  oidcClientId?: string;

  /** The ID token claim holding the officer's username. */
  @Env('OIDC_USERNAME_CLAIM') @IsString() @MinLength(1)
  oidcUsernameClaim: string = 'preferred_username';

  /** The ID token claim holding the person's groups or roles (a string or a list). */
  @Env('OIDC_ROLE_CLAIM') @IsString() @MinLength(1)
  oidcRoleClaim: string = 'roles';

  /**
   * Which claim value gives which Homeward role: `group=ROLE,…`, e.g.
   * `homeward-cmo=CMO,homeward-managers=MANAGER`. A person with no mapped value may not sign in.
   */
  @Env('OIDC_ROLE_MAP') @EnvList() @ValidateIf(oidcConfigured) @ArrayNotEmpty({ message: 'OIDC_ROLE_MAP must map at least one group when OIDC_ISSUER_URL is set' })
  @Matches(ROLE_MAP_ENTRY, { each: true, message: `OIDC_ROLE_MAP entries must be group=ROLE with ROLE one of ${StaffRoles.join(', ')}` })
  oidcRoleMap: string[] = [];
}
