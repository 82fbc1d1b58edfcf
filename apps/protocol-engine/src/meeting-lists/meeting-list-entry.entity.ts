import type { MeetingList } from '@homeward/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A child's time on a meeting list: joined when a decision's outcome listed them, kept on by
 * later listings (until moves), left when until passes or a manager removes them. Rows are never
 * deleted: a child who comes back gets a new entry, so past entries are the list's history.
 */
@Entity({ name: 'meeting_list_entries' })
export class MeetingListEntry {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  list: MeetingList;

  @Column('uuid', { name: 'child_id' })
  childId: string;

  @Column('timestamptz')
  since: Date;

  /** The rule whose listing put the child on, its reason, and the decision (and episode) it fired in. */
  @Column('text', { name: 'rule_id' })
  ruleId: string;

  @Column('text')
  reason: string;

  @Column('uuid', { name: 'decision_id' })
  decisionId: string;

  @Column('text', { name: 'police_reference' })
  policeReference: string;

  /** The latest decision that listed the child again (and so may have moved until). */
  @Column('uuid', { name: 'latest_decision_id' })
  latestDecisionId: string;

  /** When the child leaves unless listed again; null: only a manager removes them. */
  @Column('timestamptz', { nullable: true })
  until: Date | null;

  /** Why the child leaves at until, in words. */
  @Column('text', { name: 'until_reason' })
  untilReason: string;

  @Column('timestamptz', { name: 'left_at', nullable: true })
  leftAt: Date | null;

  @Column('text', { name: 'left_reason', nullable: true })
  leftReason: string | null;

  /** A manager's own words on a removal: personal free text, kept here, never published or logged. */
  @Column('text', { name: 'left_note', nullable: true, select: false })
  leftNote?: string | null;

  /** `protocol` when until passed, else the manager's staff id. */
  @Column('text', { name: 'left_by', nullable: true })
  leftBy: string | null;
}
