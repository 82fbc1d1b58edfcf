import pino from 'pino';
import { Writable } from 'node:stream';
import { LOG_REDACTION } from './redaction';

function captureLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino(LOG_REDACTION, sink), lines };
}

describe('log redaction of children\'s personal data', () => {
  it('given a notification logged whole by mistake, writes no name, date of birth, postcode or free text', () => {
    const { logger, lines } = captureLogger();
    logger.info({
      notification: {
        policeReference: 'NT/26/1',
        child: { givenName: 'Jordan', familyName: "O'Neill", dateOfBirth: '2012-04-17' },
        location: { postcode: 'NG1 5FT', description: 'bus station' },
        found: { returnedTo: 'Aunt at 4 Lime St', foundBy: 'PC Smith' },
      },
    });
    const written = lines.join('');
    expect(written).toContain('NT/26/1');
    expect(written).not.toMatch(/Jordan|O'Neill|2012-04-17|NG1 5FT|bus station|Lime St|PC Smith/);
  });

  it('given personal fields at the top level of a log object, redacts them too', () => {
    const { logger, lines } = captureLogger();
    logger.info({ givenName: 'Jordan', dateOfBirth: '2012-04-17', taskId: 't-1' });
    expect(lines.join('')).not.toMatch(/Jordan|2012-04-17/);
    expect(lines.join('')).toContain('t-1');
  });

  it('given personal data nested deeper than any fixed path (an event in an outbox row in a batch), redacts it at every depth', () => {
    const { logger, lines } = captureLogger();
    logger.warn({ batch: [{ row: { envelope: { data: { found: { returnedTo: 'Aunt at 4 Lime St' }, pupil: { upn: 'A123' }, policeReference: 'NT/26/9' } } } }] });
    expect(lines.join('')).not.toMatch(/Lime St|A123/);
    expect(lines.join('')).toContain('NT/26/9');
  });

  it("given an error's name or a rule's reason code, leaves them readable", () => {
    const { logger, lines } = captureLogger();
    logger.error({ error: { name: 'QueryFailedError', code: '23505' }, reason: 'MADE_IN_ERROR' }, 'failed');
    const [line] = lines.map((l) => JSON.parse(l) as { error: { name: string }; reason: string });
    expect(line.error.name).toBe('QueryFailedError');
    expect(line.reason).toBe('MADE_IN_ERROR');
  });

  it('given a request logged with its credentials, censors the authorization header and cookie', () => {
    const { logger, lines } = captureLogger();
    logger.info({ req: { headers: { authorization: 'Bearer hwo_secret', cookie: 'sid=abc' } } });
    expect(lines.join('')).not.toMatch(/hwo_secret|sid=abc/);
  });
});
