/** A field the service refused, as its 400 answers name it (`validationFailed`). */
export interface ApiFieldProblem {
  field: string;
  reason: string;
}

/** A service refused the request (4xx other than an expired session): 400 carries `problems` for field errors. */
export class ApiProblem extends Error {
  constructor(
    readonly service: string,
    readonly status: number,
    readonly detail: string,
    readonly problems: ApiFieldProblem[] = [],
    /** A 429's Retry-After, in seconds. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`${service} answered ${status}: ${detail}`);
    this.name = 'ApiProblem';
  }
}

/** The service refused the user's staff token (expired, or the officer disabled): the session ends. */
export class SessionExpired extends Error {
  constructor(readonly service: string) {
    super(`${service} refused the staff token`);
    this.name = 'SessionExpired';
  }
}

/** The service did not answer usefully (5xx, timeout, unreachable): the "problem with the service" page. */
export class ApiUnavailable extends Error {
  constructor(
    readonly service: string,
    readonly reason: string,
  ) {
    super(`${service} unavailable: ${reason}`);
    this.name = 'ApiUnavailable';
  }
}
