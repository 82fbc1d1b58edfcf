/** A JSON API called as a sender (a police system, a school) or a member of staff calls it, for the services' specs. */
export interface Problem {
  field: string;
  reason: string;
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export async function call<T = Record<string, unknown>>(
  url: string,
  init: { method?: string; key?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...(init.key ? { authorization: `Bearer ${init.key}` } : {}) };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers: { ...headers, ...init.headers },
    body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text for the assertion to show
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

/** The fields a 400's `problems` names. */
export function fieldsOf(answer: Answer): string[] {
  return ((answer.body.problems as Problem[] | undefined) ?? []).map((p) => p.field);
}

/**
 * Each request on a connection of its own. On two starved cores a stalled event loop outlives
 * the server's 5 s keep-alive timer, so a pooled socket can be closed just as it is reused, and
 * the request fails unread (ECONNRESET). A fresh connection on loopback costs well under a millisecond.
 */
export const OWN_CONNECTION = { connection: 'close' } as const;
