import { MAX_QUERY, MIN_QUERY } from '../child-search.form';

/** A search for children by the signed-in person (the search is recorded against them). */
export class SearchChildrenCommand {
  private constructor(
    readonly token: string,
    readonly q: string,
  ) {}

  static create(token: string, q: string): SearchChildrenCommand {
    if (q.length < MIN_QUERY || q.length > MAX_QUERY) throw new Error(`a search is ${MIN_QUERY} to ${MAX_QUERY} characters`);
    return new SearchChildrenCommand(token, q);
  }
}
