import { Env, ServiceConfig, STAFF_TOKEN_MIN_SECRET_LENGTH } from '@homeward/platform';
import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';

export class EducationConfig extends ServiceConfig {
  @Env('PORT') @IsInt() @Min(1)
  override port: number = 3005;

  /** Keys the child's hash, the same secret as ingest-api and protocol-engine: one child across both halves. Never logged. */
  @Env('CHILD_KEY_SECRET') @MinLength(16)
  childKeySecret!: string;

  /** Verifies the staff tokens compliance-tracker signs: the same value as there. */
  @Env('STAFF_TOKEN_SECRET') @IsString() @MinLength(STAFF_TOKEN_MIN_SECRET_LENGTH)
  staffTokenSecret!: string;

  /** The LA's term dates (a path from the working directory, which is the repository's root or the image's /app): a year missing for today stops the service at start. */
  @Env('TERM_DATES_FILE') @IsString() @MinLength(1)
  termDatesFile: string = 'apps/education-referrals/config/term-dates.json';

  /** Other LAs' CME contacts (code, name, mailbox) and this LA's own, for hand-overs on a move (a path as above): a bad entry stops the service at start. */
  @Env('LOCAL_AUTHORITIES_FILE') @IsString() @MinLength(1)
  localAuthoritiesFile: string = 'apps/education-referrals/config/local-authorities.json';

  /** A return is a few kilobytes; anything far larger is refused before it is read whole. */
  @Env('MAX_BODY_BYTES') @IsInt() @Min(1024) @Max(10 * 1024 * 1024)
  maxBodyBytes: number = 64 * 1024;

  /** The reasonable enquiries for a referral are due this many school days after it arrives. */
  @Env('CME_ENQUIRIES_DUE_SCHOOL_DAYS') @IsInt() @Min(1) @Max(60)
  enquiriesDueSchoolDays: number = 10;

  /** A sickness notice's s19 consideration (alternative provision) is due this many working days after it arrives. */
  @Env('S19_CONSIDERATION_DUE_WORKING_DAYS') @IsInt() @Min(1) @Max(60)
  s19ConsiderationDueWorkingDays: number = 5;
}
