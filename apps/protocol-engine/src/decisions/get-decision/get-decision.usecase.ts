import { Injectable, NotFoundException } from '@nestjs/common';
import type { DecisionDetailView } from '../decision-in-words';
import { DecisionsInWords } from '../decisions-in-words';

/** One decision with its rules in words and protocol version: a task page's "why this task exists". */
@Injectable()
export class GetDecision {
  constructor(private readonly decisions: DecisionsInWords) {}

  async execute(query: { decisionId: string }): Promise<DecisionDetailView> {
    const decision = await this.decisions.byId(query.decisionId);
    if (!decision) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such decision' });
    return decision;
  }
}
