import { Injectable } from '@nestjs/common';
import { ApiProblem } from '../../data/api-errors';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { ChildSummary } from '../../data/protocol-engine.types';
import { FieldError, fromProblems } from '../../web/forms';
import { SearchChildrenCommand } from './search-children.command';

/** The most protocol-engine answers with: more means the search should be narrower. */
export const SEARCH_LIMIT = 50;

export type ChildSearchOutcome = { children: ChildSummary[]; limited: boolean; errors: [] } | { children: []; limited: false; errors: FieldError[] };

/** Asks protocol-engine (which records the search, purpose SEARCH) for the children matching what was typed. */
@Injectable()
export class SearchChildren {
  constructor(private readonly protocolEngine: ProtocolEngineClient) {}

  async execute(command: SearchChildrenCommand): Promise<ChildSearchOutcome> {
    try {
      const children = await this.protocolEngine.searchChildren(command.token, command.q);
      return { children, limited: children.length >= SEARCH_LIMIT, errors: [] };
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 400) {
        return { children: [], limited: false, errors: fromProblems(error.problems.map((p) => ({ ...p, field: 'q' }))) };
      }
      throw error;
    }
  }
}
