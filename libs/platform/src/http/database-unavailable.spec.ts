import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('telling "PostgreSQL cannot serve now" from other errors', () => {
  it.each([
    ['a refused connection', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a server shutting down', new QueryFailedError('INSERT', [], pgError('57P01', 'terminating connection due to administrator command'))],
    ['a statement timeout', new QueryFailedError('INSERT', [], pgError('57014', 'canceling statement due to statement timeout'))],
    ['a connection exception class', new QueryFailedError('SELECT', [], pgError('08006'))],
    ['an exhausted pool', new Error('timeout exceeded when trying to connect')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a socket error from another realm (not instanceof Error)', { code: 'ECONNRESET', message: 'read ECONNRESET' }],
  ])('given %s, says unavailable', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], pgError('23505', 'duplicate key'))],
    ['a programming error', new TypeError('x is undefined')],
    ['a string', 'boom'],
    ['nothing', undefined],
  ])('given %s, says it is something else', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
