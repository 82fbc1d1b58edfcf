import type { AlertView } from '../src/alerts/alert-view';

/**
 * Reads alerting's server-sent event stream in the background, as a browser's EventSource would
 * open it (the token in the query), collecting each event's data. `opened` resolves with the
 * HTTP status once the answer's headers are in.
 */
export function openAlertStream(url: string) {
  const controller = new AbortController();
  const events: AlertView[] = [];
  let opened!: (status: number) => void;
  const openedPromise = new Promise<number>((resolve) => (opened = resolve));
  void (async () => {
    const res = await fetch(url, { signal: controller.signal });
    opened(res.status);
    if (!res.body) return;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      const frames = buffer.split('\n\n');
      buffer = frames.pop() ?? '';
      for (const frame of frames) {
        const data = frame.split('\n').find((l) => l.startsWith('data:'));
        if (data) events.push(JSON.parse(data.slice(5)) as AlertView);
      }
    }
  })().catch(() => undefined);
  return { events, opened: openedPromise, close: () => controller.abort() };
}
