/** One request of a limit test: where, how, with which credential, and (through a trusted proxy) for which address. */
export interface LimitRequest {
  method?: 'GET' | 'POST';
  path: string;
  authorization?: string;
  body?: unknown;
  forwardedFor?: string;
}

export interface LimitAnswer {
  status: number;
  retryAfter: string | null;
  wwwAuthenticate: string | null;
  message: unknown;
}

export async function sendLimitRequest(baseUrl: string, request: LimitRequest): Promise<LimitAnswer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (request.authorization) headers.authorization = request.authorization;
  if (request.forwardedFor) headers['x-forwarded-for'] = request.forwardedFor;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(baseUrl + request.path, { method: request.method ?? 'GET', headers, body: request.body === undefined ? undefined : JSON.stringify(request.body) });
  const text = await res.text();
  let message: unknown = text;
  try {
    message = (JSON.parse(text) as { message?: unknown }).message;
  } catch {
    // not JSON: the text itself
  }
  return { status: res.status, retryAfter: res.headers.get('retry-after'), wwwAuthenticate: res.headers.get('www-authenticate'), message };
}

/**
 * What a service started with UNAUTHENTICATED_LIMIT_PER_IP=`limit` does for one address: the
 * statuses of `limit` refused credentials, then of one more and of one with no credential at
 * all; whether a valid credential is still served; whether /health/live stays open; whether its
 * OpenAPI lists the 429 on the refused operation. A spec asserts the whole picture at once.
 */
export async function exerciseUnauthenticatedLimit(
  baseUrl: string,
  options: { limit: number; refused: LimitRequest; served: LimitRequest },
): Promise<{ refused: number[]; limited: LimitAnswer; withoutCredential: number; served: number; health: number; documented: boolean }> {
  const refused: number[] = [];
  for (let i = 0; i < options.limit; i++) refused.push((await sendLimitRequest(baseUrl, options.refused)).status);
  const limited = await sendLimitRequest(baseUrl, options.refused);
  const withoutCredential = (await sendLimitRequest(baseUrl, { ...options.refused, authorization: undefined })).status;
  const served = (await sendLimitRequest(baseUrl, options.served)).status;
  const health = (await sendLimitRequest(baseUrl, { path: '/health/live' })).status;
  const docs = (await (await fetch(`${baseUrl}/docs/openapi.json`)).json()) as { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };
  const operation = docs.paths[options.refused.path.split('?')[0]]?.[(options.refused.method ?? 'GET').toLowerCase()];
  return { refused, limited, withoutCredential, served, health, documented: Boolean(operation?.responses?.['429']) };
}
