import { Column, Entity, PrimaryColumn } from 'typeorm';

export const ViewPurposes = ['LIST', 'SEARCH', 'RECORD', 'TASK', 'MEETING_LIST', 'DECISIONS', 'EPISODES', 'CHANGES', 'REPORT'] as const;
export type ViewPurpose = (typeof ViewPurposes)[number];

/** One staff member's read of a child's personal data: who, which child, why, when. Append-only. */
@Entity({ name: 'child_record_views' })
export class ChildRecordView {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'staff_id' })
  staffId: string;

  @Column('uuid', { name: 'child_id' })
  childId: string;

  @Column('text')
  purpose: ViewPurpose;

  @Column('timestamptz', { name: 'viewed_at' })
  viewedAt: Date;
}
