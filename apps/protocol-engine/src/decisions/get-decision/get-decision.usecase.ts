import type { StaffIdentity } from '@homeward/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { RecordViews } from '../../record-views/record-views';
import type { DecisionDetailView } from '../decision-in-words';
import { DecisionsInWords } from '../decisions-in-words';

/** One decision with its rules in words and protocol version: a task page's "why this task exists". The read is a view of the child's record. */
@Injectable()
export class GetDecision {
  constructor(
    private readonly decisions: DecisionsInWords,
    private readonly views: RecordViews,
  ) {}

  async execute(query: { staff: StaffIdentity; decisionId: string }): Promise<DecisionDetailView> {
    const decision = await this.decisions.byId(query.decisionId);
    if (!decision) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such decision' });
    await this.views.record(query.staff, [decision.childId], 'DECISIONS');
    return decision;
  }
}
