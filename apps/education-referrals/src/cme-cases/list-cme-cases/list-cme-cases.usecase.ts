import type { CmeOutcome } from '@homeward/contracts';
import type { StaffIdentity } from '@homeward/platform';
import { UnitOfWork } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { CaseViews } from '../case-views';
import { CmeCase } from '../cme-case.entity';
import type { CmeCaseSummaryView } from '../cme-case.views';
import { toSummary } from '../to-summary';

/** CME cases open (or closed, or with one outcome), longest missing first, with the read recorded. */
@Injectable()
export class ListCmeCases {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly views: CaseViews,
  ) {}

  execute(query: { staff: StaffIdentity; status?: 'OPEN' | 'CLOSED'; outcome?: CmeOutcome; childKey?: string; limit: number }): Promise<CmeCaseSummaryView[]> {
    return this.unitOfWork.run(async (em) => {
      const cases = await em.getRepository(CmeCase).find({ where: { ...(query.status ? { status: query.status } : {}), ...(query.outcome ? { outcome: query.outcome } : {}), ...(query.childKey ? { childKey: query.childKey } : {}) }, order: { firstDayMissing: 'ASC', openedAt: 'ASC' }, take: query.limit });
      await this.views.record(em, query.staff, cases.map((c) => c.id));
      return cases.map(toSummary);
    });
  }
}
