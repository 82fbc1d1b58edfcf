import type { AlertView } from '../src/alerts/alert-view';

/**
 * The HTTP calls the alerting tests make, as the member of staff whose token is given (specs make
 * one with `staffToken()` from @homeward/testing; a MANAGER's may do everything).
 */
export function alertingClient(url: string, token: string) {
  const json = async <T>(res: Response): Promise<T> => {
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  };
  const auth = (as = token) => ({ authorization: `Bearer ${as}` });
  return {
    feed: async (query: Record<string, string>) => json<AlertView[]>(await fetch(`${url}/v1/alerts?${new URLSearchParams(query)}`, { headers: auth() })),
    subscribe: async (body: object) =>
      json<{ id: string }>(
        await fetch(`${url}/v1/subscriptions`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      ),
    /** As the client's staff member, or as the holder of `as`, another token. */
    acknowledge: (id: string, as?: string) => fetch(`${url}/v1/alerts/${id}/acknowledge`, { method: 'POST', headers: auth(as) }),
  };
}
