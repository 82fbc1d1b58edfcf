import { CancellationReasons, CareStatuses, MissingFromPlaces, NotificationTypes, RiskLevels, Vulnerabilities } from '@homeward/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { DecisionInWordsView } from '../decisions/decision-in-words';

/** A child as a queue or a search shows them: who they are, and their risk and flags now. */
export class ChildSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Amy', nullable: true, type: String, description: 'Null once erased' }) givenName: string | null;
  @ApiProperty({ example: "O'Neil", nullable: true, type: String, description: 'Null once erased' }) familyName: string | null;
  @ApiProperty({ format: 'date', example: '2012-05-04', nullable: true, type: String, description: 'Null once erased' }) dateOfBirth: string | null;
  @ApiProperty({ example: 13, nullable: true, type: Number, description: 'Whole years today (London date); null once erased' }) ageYears: number | null;
  @ApiProperty({ nullable: true, type: String }) gender: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The local authority's own id for the child" }) localAuthorityId: string | null;
  @ApiProperty({ enum: CareStatuses, nullable: true, description: "The latest episode's care status" }) careStatus: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The latest episode's placing LA code, when looked after by another" })
  responsibleAuthority: string | null;
  @ApiProperty({ enum: RiskLevels, nullable: true, description: "The latest episode's effective risk: the protocol's, so at least HIGH with a CSE or CCE flag on any episode" })
  riskLevel: string | null;
  @ApiProperty({ enum: Vulnerabilities, isArray: true, description: "Flags on any of the child's episodes" }) vulnerabilities: string[];
  @ApiProperty({ description: 'An episode is still open (missing, not yet found)' }) openEpisode: boolean;
  @ApiProperty({ nullable: true, type: String, description: "The child's allocated worker (a staff id) as staff recorded it; null when none is recorded" }) allocatedWorker: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: "When the child's personal data was erased (npm run erase-child): names, date of birth, LA id, locations and found details are gone; episodes, risk, flags and decisions stay",
  })
  erasedAt: Date | null;
}

class LocationView {
  @ApiProperty({ nullable: true, type: String, example: 'NG1 5AB' }) postcode: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Victoria bus station' }) description: string | null;
}

class FoundView {
  @ApiProperty({ nullable: true, type: String }) returnedTo: string | null;
  @ApiProperty({ nullable: true, type: String }) foundBy: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) safeAndWellCheckAt: Date | null;
  @ApiProperty({ nullable: true, type: Boolean }) harmSuffered: boolean | null;
}

export class EpisodeNotificationView {
  @ApiProperty({ enum: NotificationTypes }) type: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: Date;
  @ApiProperty({ enum: RiskLevels, description: 'The police grading this notification gave' }) riskLevel: string;
  @ApiProperty({ type: LocationView, nullable: true, description: 'Last-seen or found location, when the police sent one' }) location: LocationView | null;
  @ApiProperty({ type: FoundView, nullable: true, description: 'How the return went, when the police sent it' }) found: FoundView | null;
}

class WithdrawnView {
  @ApiProperty({ format: 'date-time', description: 'When the police withdrew the report' }) at: Date;
  @ApiProperty({ enum: CancellationReasons }) reason: string;
}

export class EpisodeRecordView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'NOTTS' }) force: string;
  @ApiProperty({ example: 'NT/26/004512' }) policeReference: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Null while only a FOUND has arrived' }) missingSince: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) foundAt: Date | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Missing since to found (to now while missing); null when the missing time is unknown' })
  durationMinutes: number | null;
  @ApiProperty({ enum: ['MISSING', 'FOUND', 'WITHDRAWN'], description: 'WITHDRAWN: the police withdrew the report (made in error); kept, not counted' })
  status: 'MISSING' | 'FOUND' | 'WITHDRAWN';
  @ApiProperty({ type: WithdrawnView, nullable: true }) withdrawn: WithdrawnView | null;
  @ApiProperty({ enum: RiskLevels, description: 'Effective risk (the latest decision on the episode)' }) riskLevel: string;
  @ApiProperty({ enum: RiskLevels, description: 'The latest police grading' }) policeRiskLevel: string;
  @ApiProperty({ enum: Vulnerabilities, isArray: true }) vulnerabilities: string[];
  @ApiProperty({ enum: CareStatuses }) careStatus: string;
  @ApiProperty({ nullable: true, type: String }) responsibleAuthority: string | null;
  @ApiProperty({ enum: MissingFromPlaces, nullable: true }) missingFrom: string | null;
  @ApiProperty({ type: [EpisodeNotificationView], description: 'In the order they happened' }) notifications: EpisodeNotificationView[];
  @ApiProperty({ type: [DecisionInWordsView], description: 'In the order they were made' }) decisions: DecisionInWordsView[];
}

export class ChildRecordView extends ChildSummaryView {
  @ApiProperty({ nullable: true, type: Number, description: "Episodes started within the last repeatWindowDays (the active protocol's persistent-missing window), withdrawn reports not counted" })
  repeatCount: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 90 }) repeatWindowDays: number | null;
  @ApiProperty({ type: [EpisodeRecordView], description: 'Newest first' }) episodes: EpisodeRecordView[];
  @ApiProperty({ nullable: true, type: String, description: "Null once the child's data is erased. The keyed hash of the child's name and date of birth, as education-referrals matches CME cases: GET /v1/cme-cases?childKey= there finds the same child missing education" })
  educationKey: string | null;
}
