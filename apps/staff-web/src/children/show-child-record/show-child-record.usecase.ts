import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { AlertingClient } from '../../data/alerting.client';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { EducationReferralsClient } from '../../data/education-referrals.client';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import { ChildRecordPage, childRecordPage } from './child-record.page';
import { ShowChildRecordCommand } from './show-child-record.command';

/** A child with more tasks than this is a rare record: the page shows the newest this many. */
const TASKS_SHOWN = 100;
const ALERTS_PER_EPISODE = 50;

/**
 * The child's record from its owner (protocol-engine records the view), the child's tasks from
 * compliance-tracker and each episode's alerts from alerting, all as the signed-in person.
 * The placement notices matched to the child; a manager also sees who has viewed the record and
 * its corrections and merges. The same child missing education (education-referrals' CME cases,
 * found by the child's education key) is shown on the same page: one child, both halves.
 */
@Injectable()
export class ShowChildRecord {
  constructor(
    private readonly protocolEngine: ProtocolEngineClient,
    private readonly tracker: ComplianceTrackerClient,
    private readonly alerting: AlertingClient,
    private readonly education: EducationReferralsClient,
    private readonly clock: Clock,
  ) {}

  async execute(command: ShowChildRecordCommand): Promise<ChildRecordPage> {
    const { token, role } = command.user;
    // The record first: a 404 there is the page's 404, before anything else is asked.
    const record = await this.protocolEngine.childRecord(token, command.childId, 'RECORD');
    const references = [...new Set(record.episodes.map((e) => e.policeReference))];
    const manager = role === 'MANAGER';
    const [tasks, alerts, officers, views, placementNotices, changes, cmeCases] = await Promise.all([
      this.tracker.tasks(token, { childId: record.id, sort: '-dueAt', pageSize: TASKS_SHOWN }),
      Promise.all(references.map((policeReference) => this.alerting.alerts(token, { policeReference, limit: ALERTS_PER_EPISODE }))),
      this.tracker.officers(token),
      manager ? this.protocolEngine.childRecordViews(token, record.id) : Promise.resolve(undefined),
      this.protocolEngine.placementNotices(token, record.id),
      manager ? this.protocolEngine.childChanges(token, record.id) : Promise.resolve(undefined),
      record.educationKey ? this.education.cases(token, { childKey: record.educationKey }) : Promise.resolve([]),
    ]);
    return childRecordPage({ record, tasks: tasks.items, alerts: alerts.flat(), officers, views, placementNotices, changes, cmeCases, now: this.clock.now() });
  }
}
