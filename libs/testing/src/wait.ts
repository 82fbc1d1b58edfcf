export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** What we are waiting for, in words: it leads the failure message. */
  description?: string;
}

/**
 * Polls `fn` until it returns a truthy value and resolves with that value. Throwing
 * counts as "not yet"; the last error (or value) goes into the timeout message, so a
 * failing test says what it was waiting for and what it saw instead.
 */
export async function waitFor<T>(fn: () => T | Promise<T>, opts: WaitOptions = {}): Promise<NonNullable<T>> {
  const { timeoutMs = 10_000, intervalMs = 100, description = 'condition' } = opts;
  const deadline = Date.now() + timeoutMs;
  let last = 'never evaluated';
  for (let attempt = 1; ; attempt++) {
    try {
      const value = await fn();
      if (value) return value as NonNullable<T>;
      last = `last result: ${describe(value)}`;
    } catch (err) {
      last = `last error: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (Date.now() >= deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms (${attempt} attempts) waiting for ${description}; ${last}`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, Math.max(0, deadline - Date.now()))));
  }
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
}

export interface HttpSnapshot {
  status: number;
  headers: Headers;
  body: string;
  /** The body parsed as JSON (throws if it is not). */
  json<T = unknown>(): T;
}

/** Polls a URL until `predicate` accepts the response (default: status 200). */
export function waitForHttp(
  url: string,
  predicate: (res: HttpSnapshot) => boolean = (res) => res.status === 200,
  opts: WaitOptions & { init?: RequestInit } = {},
): Promise<HttpSnapshot> {
  return waitFor(
    async () => {
      const res = await fetch(url, { ...opts.init, signal: AbortSignal.timeout(Math.min(opts.timeoutMs ?? 10_000, 5_000)) });
      const body = await res.text();
      const snapshot: HttpSnapshot = { status: res.status, headers: res.headers, body, json: <T>() => JSON.parse(body) as T };
      if (predicate(snapshot)) return snapshot;
      throw new Error(`HTTP ${res.status}: ${body.slice(0, 200)}`);
    },
    { ...opts, description: opts.description ?? `${url} to answer as expected` },
  );
}
