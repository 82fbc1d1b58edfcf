/** Server-sent events (the WHATWG event-stream format): read from a byte stream, written to a response. Pure. */

export interface ServerSentEvent {
  event: string;
  id?: string;
  data: string;
}

/**
 * Reads events out of text arriving in pieces: `push(chunk)` returns the events the chunk
 * completed. Comments (`: keep-alive`) and `retry:` lines are dropped; multi-line data is joined.
 */
export class ServerSentEventReader {
  private buffer = '';

  push(chunk: string): ServerSentEvent[] {
    this.buffer += chunk.replace(/\r\n?/g, '\n');
    const events: ServerSentEvent[] = [];
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const event = parseBlock(block);
      if (event) events.push(event);
    }
    return events;
  }
}

function parseBlock(block: string): ServerSentEvent | undefined {
  let event = 'message';
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'id') id = value;
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { event, id, data: data.join('\n') } : undefined;
}

/** One event as the stream carries it; data is JSON on one line, so it can never end the event early. */
export function formatEvent(event: string, id: string, data: unknown): string {
  return `id: ${id.replace(/[\r\n]/g, '')}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
