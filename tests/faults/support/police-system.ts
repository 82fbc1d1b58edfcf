import type { ChildStream } from './notification-mix';

/** One answer to one POST, for tests that judge answers given during a fault. */
export interface PostingAnswer {
  status: number;
  retryAfter: string | null;
  startedAt: number;
  endedAt: number;
}

export interface PostingReport {
  accepted: number;
  repeats: number;
  retries: number;
}

/**
 * Posts each child's notifications in order, many children at once, and retries as a police
 * system does until it gets a 2xx: a crashed or restarting ingest-api only delays a message.
 */
export async function postAll(
  baseUrl: () => string,
  apiKey: string,
  children: ChildStream[],
  concurrency = 16,
  observe?: (answer: PostingAnswer) => void,
): Promise<PostingReport> {
  const report: PostingReport = { accepted: 0, repeats: 0, retries: 0 };
  let next = 0;
  const worker = async () => {
    while (next < children.length) {
      const stream = children[next++];
      for (const notification of stream) {
        for (let attempt = 0; ; attempt++) {
          const startedAt = Date.now();
          const { status, retryAfter } = await fetch(`${baseUrl()}/v1/notifications`, {
            method: 'POST',
            headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
            body: JSON.stringify(notification),
            signal: AbortSignal.timeout(10_000),
          }).then(
            (res) => res.arrayBuffer().then(() => ({ status: res.status, retryAfter: res.headers.get('retry-after') })),
            () => ({ status: 0, retryAfter: null }),
          );
          observe?.({ status, retryAfter, startedAt, endedAt: Date.now() });
          if (status === 202) report.accepted++;
          if (status === 200) report.repeats++;
          if (status === 200 || status === 202) break;
          if (status >= 400 && status < 500 && status !== 429) throw new Error(`notification ${notification.notificationId} refused: ${status}`);
          report.retries++;
          await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 50 * 2 ** attempt)));
        }
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return report;
}
