import type { AlertView } from '../src/alerts/alert-view';

/** The HTTP calls the alerting tests make. */
export function alertingClient(url: string) {
  const json = async <T>(res: Response): Promise<T> => {
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  };
  return {
    feed: async (query: Record<string, string>) => json<AlertView[]>(await fetch(`${url}/v1/alerts?${new URLSearchParams(query)}`)),
    subscribe: async (body: object) =>
      json<{ id: string }>(await fetch(`${url}/v1/subscriptions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })),
    acknowledge: (id: string, staffId?: string) =>
      fetch(`${url}/v1/alerts/${id}/acknowledge`, { method: 'POST', headers: staffId ? { 'x-staff-id': staffId } : {} }),
  };
}
