import { Clock } from '@homeward/contracts';
import type { StaffIdentity } from '@homeward/platform';
import { UnitOfWork } from '@homeward/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { enquiriesNotMade } from '../../cme-rules';
import { enquiriesOf } from '../case-enquiries';
import { CaseViews } from '../case-views';
import { CmeCase } from '../cme-case.entity';
import type { CaseReturnView, CmeCaseView } from '../cme-case.views';
import { londonDateOf } from '../cme-task-deadlines';
import { DeletionAnswers } from '../deletion-answer';
import { toSummary } from '../to-summary';

/** One CME case with the pupil, parents, every return, the enquiries and the 20-day answer; the read is recorded. */
@Injectable()
export class GetCmeCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly views: CaseViews,
    private readonly deletionAnswers: DeletionAnswers,
    private readonly clock: Clock,
  ) {}

  execute(query: { staff: StaffIdentity; caseId: string }): Promise<CmeCaseView> {
    return this.unitOfWork.run(async (em) => {
      const cmeCase = await em.getRepository(CmeCase).findOneBy({ id: query.caseId });
      if (!cmeCase) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such CME case' });
      const rows = await em.query<{ id: string; kind: CaseReturnView['kind']; urn: string; school: string; received_at: Date; late: boolean; body: Record<string, unknown> }[]>(
        `SELECT r.id, r.kind, r.urn, s.name AS school, r.received_at, r.late, r.body
           FROM school_returns r JOIN schools s USING (urn) WHERE r.case_id = $1 ORDER BY r.received_at, r.id`,
        [cmeCase.id],
      );
      const referrals = await em.query<{ id: string; source: string; recorded_by: string; received_at: Date; body: Record<string, unknown> }[]>(
        `SELECT id, source, recorded_by, received_at, body FROM agency_referrals WHERE case_id = $1 ORDER BY received_at, id`,
        [cmeCase.id],
      );
      const enquiries = await enquiriesOf(em, cmeCase.id);
      const deletion = await this.deletionAnswers.answer(em, cmeCase, londonDateOf(this.clock.now()));
      await this.views.record(em, query.staff, [cmeCase.id]);
      const returns = rows.map((r) => ({ id: r.id, kind: r.kind, urn: r.urn, school: r.school, receivedAt: r.received_at.toISOString(), late: r.late, body: r.body }));
      return {
        ...toSummary(cmeCase),
        pupil: cmeCase.pupil,
        returns,
        referrals: referrals.map((r) => ({ id: r.id, source: r.source, recordedBy: r.recorded_by, receivedAt: r.received_at.toISOString(), body: r.body })),
        enquiries,
        enquiriesNotMade: enquiriesNotMade(enquiries),
        deletion,
        outcomeDetails: cmeCase.outcomeDetails,
        resolvedOn: cmeCase.resolvedOn,
      };
    });
  }
}
