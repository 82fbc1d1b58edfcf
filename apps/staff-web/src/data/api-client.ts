import { Correlation, UNAUTHENTICATED_LIMIT_MESSAGE } from '@homeward/platform';
import { ApiFieldProblem, ApiProblem, ApiUnavailable, SessionExpired } from './api-errors';
import { BrowserAddress } from './browser-address';

export type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];

export interface ApiCall {
  /** The signed-in person's staff token (`user.token`); omitted only for sign-in itself. */
  token?: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /**
   * The token is one the person has just typed to sign in (a school's key): its refusal (401, or
   * the address limit's 429) is an answer, an ApiProblem, not a session that has ended.
   */
  signingIn?: boolean;
}

/**
 * One HTTP client for every service: JSON, the caller's bearer token, the correlation id,
 * a timeout, and answers turned into typed errors (ApiProblem, SessionExpired, ApiUnavailable).
 * Each service's client wraps one of these with methods named for what pages need.
 */
export class ApiClient {
  constructor(
    readonly service: string,
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
  ) {}

  get<T>(path: string, call: ApiCall = {}): Promise<T> {
    return this.request<T>('GET', path, call);
  }

  post<T>(path: string, call: ApiCall = {}): Promise<T> {
    return this.request<T>('POST', path, call);
  }

  patch<T>(path: string, call: ApiCall = {}): Promise<T> {
    return this.request<T>('PATCH', path, call);
  }

  put<T>(path: string, call: ApiCall = {}): Promise<T> {
    return this.request<T>('PUT', path, call);
  }

  /**
   * A long-lived answer (server-sent events) as a byte stream, opened with the caller's token.
   * No timeout once it has answered: `signal` ends it. Errors as for request().
   */
  async stream(path: string, call: ApiCall & { signal: AbortSignal }): Promise<ReadableStream<Uint8Array>> {
    // The timeout covers waiting for the answer only; the caller's signal ends the stream after.
    const opening = new AbortController();
    const timer = setTimeout(() => opening.abort(new DOMException('no answer', 'TimeoutError')), this.timeoutMs);
    let res: Response;
    try {
      res = await fetch(this.url(path, call.query), {
        headers: { ...this.headers(call), accept: 'text/event-stream' },
        signal: AbortSignal.any([call.signal, opening.signal]),
      });
    } catch (error) {
      throw this.unavailable(error);
    } finally {
      clearTimeout(timer);
    }
    if (res.ok && res.body) return res.body;
    await this.refusal(res, call);
    throw new ApiUnavailable(this.service, 'answered without a stream');
  }

  private url(path: string, query: ApiCall['query']): string {
    const url = new URL(this.baseUrl.replace(/\/$/, '') + path);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined || value === null || value === '') continue;
      url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
    }
    return url.toString();
  }

  private async request<T>(method: string, path: string, call: ApiCall): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.url(path, call.query), {
        method,
        headers: this.headers(call),
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw this.unavailable(error);
    }

    if (res.ok) {
      const text = await res.text();
      return (text === '' ? undefined : parseJson(text)) as T;
    }
    return this.refusal(res, call);
  }

  private headers(call: ApiCall): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    const correlationId = Correlation.current();
    if (correlationId) headers[Correlation.header] = correlationId;
    // The browser's address alone, never its own X-Forwarded-For: req.ip has already weighed that.
    const browser = BrowserAddress.current();
    if (browser) headers['x-forwarded-for'] = browser;
    return headers;
  }

  private unavailable(error: unknown): ApiUnavailable {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return new ApiUnavailable(this.service, timedOut ? `no answer within ${this.timeoutMs} ms` : 'unreachable');
  }

  /** A non-2xx answer as the typed error it stands for. */
  private async refusal(res: Response, call: ApiCall): Promise<never> {
    const body = parseJson(await res.text());
    const { message, problems } = (body ?? {}) as { message?: unknown; problems?: ApiFieldProblem[] };
    // The address limit's 429 to a call with a token: its token was refused once too often (a valid one is never limited).
    const limited = res.status === 429 && typeof message === 'string' && message.startsWith(UNAUTHENTICATED_LIMIT_MESSAGE);
    if ((res.status === 401 || limited) && call.token && !call.signingIn) throw new SessionExpired(this.service);
    if (res.status >= 400 && res.status < 500) {
      const retryAfter = Number(res.headers.get('retry-after'));
      throw new ApiProblem(this.service, res.status, typeof message === 'string' ? message : res.statusText, Array.isArray(problems) ? problems : [], retryAfter > 0 ? retryAfter : undefined);
    }
    throw new ApiUnavailable(this.service, `answered ${res.status}`);
  }
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
