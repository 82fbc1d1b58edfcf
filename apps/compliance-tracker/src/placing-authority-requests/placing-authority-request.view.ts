import { ApiProperty } from '@nestjs/swagger';

export const TrailEvents = ['ASKED', 'REMINDED', 'ESCALATED', 'REPLY_RECEIVED'] as const;
export type TrailEvent = (typeof TrailEvents)[number];

/** Who acts in a chase: the system, not an officer. */
export const REPLY_CHASE_ACTOR = 'system:reply-chase';

export class TrailEntryView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: TrailEvents }) event: TrailEvent;
  @ApiProperty({ description: `The officer who asked or recorded the reply; ${REPLY_CHASE_ACTOR} for a chase` }) by: string;
}

export class PlacingAuthorityReplyView {
  @ApiProperty({ format: 'date-time', description: 'When the reply came' }) receivedAt: string;
  @ApiProperty({ description: 'The CSE risk assessment came with it' }) riskAssessment: boolean;
  @ApiProperty({ description: 'The risk management plan came with it' }) riskManagementPlan: boolean;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class PlacingAuthorityRequestView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiProperty({ example: 'Bradford City Council' }) placingAuthority: string;
  @ApiProperty({ description: 'Who was asked: a person or a team' }) contact: string;
  @ApiProperty({ type: String, nullable: true }) contactEmail: string | null;
  @ApiProperty({ format: 'date-time' }) askedAt: string;
  @ApiProperty() askedBy: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The next chase if no reply comes; null once replied or after the escalation' })
  nextChaseAt: string | null;
  @ApiProperty({ type: PlacingAuthorityReplyView, nullable: true }) reply: PlacingAuthorityReplyView | null;
  @ApiProperty({ type: [TrailEntryView], description: 'Asked, each chase, the reply: oldest first' }) trail: TrailEntryView[];
}
