import { ApiProperty } from '@nestjs/swagger';

/** Rows one erasure changed in protocol-engine's schema, by what they held. */
export class ChildErasureCountsView {
  @ApiProperty({ example: 2, description: 'Child rows erased: the child and the records merged into it' }) childRecords: number;
  @ApiProperty({ example: 3, description: "Episodes kept, each with the child's age at its start" }) episodes: number;
  @ApiProperty({ example: 4, description: 'Notifications whose locations and found details went' }) notificationDetails: number;
  @ApiProperty({ example: 1, description: "Placement notices whose carer's name went" }) placementNotices: number;
  @ApiProperty({ example: 1, description: "Corrections whose previous details went" }) childChanges: number;
  @ApiProperty({ example: 0, description: "Meeting-list entries whose manager's note went" }) meetingListNotes: number;
  @ApiProperty({ example: 0, description: 'Pending time-based rules cancelled: no decision is made about an erased child' }) timersCancelled: number;
}

/** The audit of one erasure: who asked, under which DPO reference, when, and what it touched (no personal data). */
export class ChildErasureView {
  @ApiProperty({ format: 'uuid' }) erasureId: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Records merged into the child, erased with it' }) mergedChildIds: string[];
  @ApiProperty({ format: 'date-time' }) erasedAt: Date;
  @ApiProperty({ example: 'dpo.officer', description: 'The member of staff who carried out the request' }) requestedBy: string;
  @ApiProperty({ example: 'DPO-2026-0142', description: "The data protection officer's reference" }) reason: string;
  @ApiProperty({ type: ChildErasureCountsView }) counts: ChildErasureCountsView;
}

export const CHILD_ERASURE_COLUMNS = `id AS "erasureId", child_id AS "childId", merged_child_ids AS "mergedChildIds", erased_at AS "erasedAt",
  requested_by AS "requestedBy", reason, counts`;
