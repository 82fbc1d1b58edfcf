import { Env, EnvFlag, EnvList, ServiceConfig, STAFF_TOKEN_MIN_SECRET_LENGTH } from '@homeward/platform';
import { ArrayUnique, IsBoolean, IsEmail, IsIn, IsInt, IsString, Matches, Min, MinLength, ValidateIf } from 'class-validator';
import { TIME_OF_DAY, type Weekday, WEEKDAYS } from './weekly-report-mailing/mailing-schedule';

export class AlertingConfig extends ServiceConfig {
  @Env('PORT') @IsInt() @Min(1)
  override port: number = 3003;

  @Env('SMTP_URL') @Matches(/^smtps?:\/\/.+/, { message: 'must be an smtp:// or smtps:// URL' })
  smtpUrl: string = 'smtp://127.0.0.1:25';

  @Env('ALERT_EMAIL_FROM') @IsString()
  emailFrom: string = 'Homeward alerts <alerts@homeward.invalid>';

  /**
   * Alerts carry this plus `/<alert id>`, never the child's details: the recipient opens the link,
   * signs in and sees them. It is staff-web's alerts page (its PUBLIC_URL + `/alerts`; the local
   * stack's is http://localhost:3004/alerts), not this API, which a browser cannot call without a token.
   */
  @Env('ALERT_LINK_BASE_URL') @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL' })
  linkBaseUrl: string = 'http://localhost:3004/alerts';

  /** Staff-web's address as a browser reaches it (its PUBLIC_URL): the weekly report's mail links to its page there. */
  @Env('STAFF_WEB_PUBLIC_URL') @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL' })
  staffWebPublicUrl: string = 'http://localhost:3004';

  /**
   * Who is mailed the link to the weekly looked-after children's missing report: comma-separated
   * e-mail addresses. None (the default) turns the weekly mailing off.
   */
  @Env('WEEKLY_REPORT_RECIPIENTS') @EnvList() @IsEmail({}, { each: true }) @ArrayUnique((a: string) => a.toLowerCase(), { message: 'must not name an address twice' })
  weeklyReportRecipients: string[] = [];

  /** The weekly report's mail goes on this day, at WEEKLY_REPORT_TIME, reporting the Monday–Sunday week before. */
  @Env('WEEKLY_REPORT_DAY') @IsIn(WEEKDAYS)
  weeklyReportDay: Weekday = 'MONDAY';

  /** London time (GMT or BST, as London's clocks read), `HH:MM`. */
  @Env('WEEKLY_REPORT_TIME') @Matches(TIME_OF_DAY, { message: 'must be a time of day, HH:MM (24-hour, London time)' })
  weeklyReportTime: string = '08:00';

  /** Delivery retries: the platform defaults (8 attempts, 1 s doubling); tests shrink them. */
  @Env('DELIVERY_ATTEMPTS') @IsInt() @Min(1)
  deliveryAttempts: number = 8;

  @Env('DELIVERY_BACKOFF_MS') @IsInt() @Min(1)
  deliveryBackoffMs: number = 1_000;

  @Env('DELIVERY_CONCURRENCY') @IsInt() @Min(1)
  deliveryConcurrency: number = 8;

  /** How long a delivery another worker started stays its own; past it the sender is presumed dead. */
  @Env('DELIVERY_LEASE_MS') @IsInt() @Min(1_000)
  deliveryLeaseMs: number = 60_000;

  @Env('DELIVERY_LOCK_MS') @IsInt() @Min(100)
  deliveryLockMs: number = 30_000;

  @Env('DELIVERY_STALLED_INTERVAL_MS') @IsInt() @Min(100)
  deliveryStalledIntervalMs: number = 30_000;

  /** Per SMTP conversation or webhook call; kept well under the lease. */
  @Env('DELIVERY_TIMEOUT_MS') @IsInt() @Min(100)
  deliveryTimeoutMs: number = 15_000;

  /**
   * Tests and local development only: lets webhooks go to plain http and to loopback or private
   * addresses (a stub receiver on 127.0.0.1). Production refuses to start with it set.
   */
  @Env('WEBHOOK_ALLOW_PRIVATE_TARGETS') @EnvFlag() @IsBoolean()
  @ValidateIf((c: AlertingConfig) => c.nodeEnv === 'production') @IsIn([false], { message: 'webhookAllowPrivateTargets must not be true in production' })
  webhookAllowPrivateTargets: boolean = false;

  /** A high-risk alert nobody acknowledges within this escalates to the next role. */
  @Env('HIGH_RISK_ACK_TIMEOUT_SECONDS') @IsInt() @Min(1)
  ackTimeoutSeconds: number = 15 * 60;

  /**
   * Live alert streams one officer may hold open at once (each staff-web alerts page holds one):
   * enough for a few tabs, not so many that one person's open pages tie up the service.
   */
  @Env('ALERT_STREAMS_PER_OFFICER') @IsInt() @Min(1)
  streamsPerOfficer: number = 5;

  /** Verifies the staff tokens compliance-tracker signs: the same value as there. */
  @Env('STAFF_TOKEN_SECRET') @IsString() @MinLength(STAFF_TOKEN_MIN_SECRET_LENGTH)
  staffTokenSecret!: string;
}
