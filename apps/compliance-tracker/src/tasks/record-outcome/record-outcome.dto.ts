import { IsInstant } from '@homeward/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, registerDecorator, ValidateIf } from 'class-validator';
import { OutcomeKind, OutcomeKinds } from './outcome-transitions';

// Reasons are enumerations, not free text: they are counted for the Safeguarding Board and
// copied into history, where free text about a child must never go.
export const OfferMethods = ['IN_PERSON', 'PHONE', 'LETTER', 'TEXT_MESSAGE', 'EMAIL', 'VIA_CARER'] as const;
export const DeclinedReasons = ['CHILD_DECLINED', 'PARENT_OR_CARER_DECLINED', 'OTHER'] as const;
export const NotOfferedReasons = ['CHILD_IN_CUSTODY', 'MOVED_OUT_OF_AREA', 'PLACING_AUTHORITY_RESPONSIBLE', 'MISSING_AGAIN', 'OTHER_AGENCY_ENGAGED', 'OTHER'] as const;
export const Agencies = ['POLICE', 'CHILDRENS_SOCIAL_CARE', 'HEALTH', 'EDUCATION', 'YOUTH_JUSTICE', 'EXPLOITATION_HUB', 'HOUSING', 'VOLUNTARY_SECTOR', 'OTHER'] as const;

/**
 * A field of these kinds: checked when given, required with them, and refused with any other
 * kind rather than silently dropped (the CMO would believe it was recorded).
 */
const is = (...kinds: OutcomeKind[]): PropertyDecorator => (target, property) => {
  ValidateIf((o: RecordOutcomeDto, value: unknown) => kinds.includes(o.kind) || value !== undefined)(target, property);
  registerDecorator({
    name: 'outcomeField',
    target: target.constructor,
    propertyName: String(property),
    options: { message: `${String(property)} may only be given with kind ${kinds.join(' or ')}` },
    validator: { validate: (_value, args) => kinds.includes((args?.object as RecordOutcomeDto).kind) },
  });
};

/** One outcome; `kind` decides which of the other fields are required. */
export class RecordOutcomeDto {
  @ApiProperty({ enum: OutcomeKinds, description: 'Return interview: OFFERED, ACCEPTED, DECLINED, HELD, NOT_OFFERED. Meeting or strategy discussion: MEETING_HELD. Other work: DONE.' })
  @IsIn(OutcomeKinds)
  kind: OutcomeKind;

  @ApiPropertyOptional({ description: 'OFFERED: when the interview was offered', format: 'date-time' })
  @is('OFFERED') @IsInstant()
  offeredAt?: string;

  @ApiPropertyOptional({ enum: OfferMethods, description: 'OFFERED: how it was offered' })
  @is('OFFERED') @IsIn(OfferMethods)
  offeredHow?: (typeof OfferMethods)[number];

  @ApiPropertyOptional({ description: 'ACCEPTED: when the child accepted', format: 'date-time' })
  @is('ACCEPTED') @IsInstant()
  acceptedAt?: string;

  @ApiPropertyOptional({ enum: DeclinedReasons, description: 'DECLINED: why' })
  @is('DECLINED') @IsIn(DeclinedReasons)
  declinedReason?: (typeof DeclinedReasons)[number];

  @ApiPropertyOptional({ description: 'HELD / MEETING_HELD: when it took place', format: 'date-time' })
  @is('HELD', 'MEETING_HELD') @IsInstant()
  heldAt?: string;

  @ApiPropertyOptional({ description: "HELD: was the interviewer independent of the child's care" })
  @is('HELD') @IsBoolean()
  interviewerIndependent?: boolean;

  @ApiPropertyOptional({
    description: 'HELD: what was learned; required, except on the task of a child whose personal data was erased, where it is refused. Kept on the task only: never logged, published or copied to history.',
    maxLength: 10_000,
  })
  @is('HELD') @IsOptional() @IsString() @MaxLength(10_000)
  summary?: string;

  @ApiPropertyOptional({ enum: NotOfferedReasons, description: 'NOT_OFFERED: why no interview was offered' })
  @is('NOT_OFFERED') @IsIn(NotOfferedReasons)
  notOfferedReason?: (typeof NotOfferedReasons)[number];

  @ApiPropertyOptional({ enum: Agencies, isArray: true, description: 'MEETING_HELD: the agencies that attended' })
  @is('MEETING_HELD') @IsArray() @ArrayMinSize(1) @ArrayMaxSize(Agencies.length) @IsIn(Agencies, { each: true })
  attendeeAgencies?: (typeof Agencies)[number][];

  @ApiPropertyOptional({ type: [String], description: 'MEETING_HELD: the actions agreed; refused on the task of a child whose personal data was erased. Kept on the task only, never published.' })
  @is('MEETING_HELD') @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(2_000, { each: true })
  actions?: string[];

  @ApiPropertyOptional({ description: 'DONE: when the work was done', format: 'date-time' })
  @is('DONE') @IsInstant()
  doneAt?: string;
}
