import pino from 'pino';
import { Writable } from 'node:stream';
import { REDACTED_PATHS } from './redaction';

function captureLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink), lines };
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
});
