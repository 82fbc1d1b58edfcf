import { Correlation } from '@homeward/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A listing's until has come: re-check that entry (everything else is re-read from Postgres). */
export class ReviewListingCommand {
  private constructor(
    readonly entryId: string,
    readonly correlationId: string,
  ) {}

  static create(input: { entryId?: unknown }): ReviewListingCommand {
    if (typeof input.entryId !== 'string' || !UUID.test(input.entryId)) throw new Error('meeting-list review without an entry id');
    return new ReviewListingCommand(input.entryId, Correlation.currentOrNew());
  }
}
