import { MeetingLists } from '@homeward/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';
import { MeetingListPaths } from './meeting-list-path';
import { RemovalReasons } from './remove-from-list/remove-from-list.command';

class ListingReasonView {
  @ApiProperty({ example: 'persistent-missing', description: 'The protocol rule whose listing put the child on' }) ruleId: string;
  @ApiProperty({ example: 'Persistent missing: 3 or more episodes in a rolling 90 days' }) text: string;
  @ApiProperty({ format: 'uuid', description: 'The decision the rule fired in' }) decisionId: string;
  @ApiProperty({ example: 'NT/26/004512', description: "That decision's episode" }) policeReference: string;
}

/** A child on a list now: who (personal data: each read is recorded), since when, why, until when. */
export class MeetingListChildView {
  @ApiProperty({ format: 'uuid' }) entryId: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty() givenName: string;
  @ApiProperty() familyName: string;
  @ApiProperty({ example: '2012-05-04' }) dateOfBirth: string;
  @ApiProperty({ nullable: true, type: String }) localAuthorityId: string | null;
  @ApiProperty({ format: 'date-time', description: 'On the list since (the decision that listed them)' }) since: Date;
  @ApiProperty({ type: ListingReasonView }) reason: ListingReasonView;
  @ApiProperty({ format: 'date-time', nullable: true, type: Date, description: 'Leaves the list then unless a later decision lists them again; null: until a manager removes them' })
  until: Date | null;
  @ApiProperty({ example: 'Fewer than 3 episodes in the rolling 90 days (rule persistent-missing)', description: 'Why they would leave at until' })
  untilReason: string;
}

export class MeetingListView {
  @ApiProperty({ enum: MeetingLists }) list: string;
  @ApiProperty({ format: 'date-time' }) asOf: Date;
  @ApiProperty({ type: [MeetingListChildView], description: 'Longest on the list first' }) children: MeetingListChildView[];
}

/** Checked by RemoveFromListCommand, which names each field's problem. */
export class RemoveFromListBody {
  @ApiProperty({ format: 'uuid' }) @Allow() childId: string;
  @ApiProperty({ enum: RemovalReasons }) @Allow() reason: string;
  @ApiProperty({ required: false, maxLength: 1000, description: 'Required for OTHER. Stored with the entry; never published' }) @Allow() note?: string;
}

export class RemovedFromListView {
  @ApiProperty({ format: 'uuid' }) entryId: string;
  @ApiProperty({ format: 'date-time' }) leftAt: Date;
  @ApiProperty({ example: 'Removed by a manager: RISK_REDUCED' }) leftReason: string;
  @ApiProperty({ description: "The manager's staff id" }) leftBy: string;
}

export const LIST_PATH_DOC = { name: 'list', enum: MeetingListPaths, description: 'monthly-meeting (the monthly multi-agency meeting) or cse-meeting (the daily CSE meeting)' };
