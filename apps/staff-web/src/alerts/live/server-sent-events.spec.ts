import { formatEvent, ServerSentEventReader } from './server-sent-events';

describe('server-sent events', () => {
  it('reads an event whole, however the bytes are split', () => {
    const reader = new ServerSentEventReader();
    expect(reader.push('id: a1\nevent: al')).toEqual([]);
    expect(reader.push('ert\ndata: {"id":"a1"}\n')).toEqual([]);
    expect(reader.push('\nid: a2\nevent: alert\ndata: {"id":"a2"}\n\n')).toEqual([
      { event: 'alert', id: 'a1', data: '{"id":"a1"}' },
      { event: 'alert', id: 'a2', data: '{"id":"a2"}' },
    ]);
  });

  it('drops comments and retry lines, joins data lines, and reads CRLF streams', () => {
    const reader = new ServerSentEventReader();
    expect(reader.push(': keep-alive\r\n\r\nretry: 3000\r\n\r\ndata: one\r\ndata: two\r\n\r\n')).toEqual([{ event: 'message', id: undefined, data: 'one\ntwo' }]);
  });

  it('writes an event its reader reads back the same', () => {
    const text = formatEvent('alert', 'c3d4', { id: 'c3d4', html: '<tr>\n<td>x</td></tr>' });
    expect(text.split('\n\n')).toHaveLength(2);
    expect(new ServerSentEventReader().push(text)).toEqual([{ event: 'alert', id: 'c3d4', data: JSON.stringify({ id: 'c3d4', html: '<tr>\n<td>x</td></tr>' }) }]);
  });
});
