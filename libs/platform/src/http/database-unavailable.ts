import { QueryFailedError } from 'typeorm';

/** SQLSTATEs meaning "the database cannot serve you now", not "your data is wrong". */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '57014', // query_canceled (statement_timeout)
  '53300', // too_many_connections
  '55000', // object_not_in_prerequisite_state: database not accepting connections
]);
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);
/** node-postgres reports a lost connection or an exhausted pool only in words. */
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Connection refused|connect ECONNREFUSED|Query read timeout/i;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
}

/**
 * True for errors that mean PostgreSQL is down, unreachable or timing out: worth a retry later.
 * Duck-typed: socket errors may come from another realm (a test runner's), failing instanceof Error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const driverError: ErrorLike = error instanceof QueryFailedError ? (error.driverError as ErrorLike) : (error as ErrorLike);
  const code = typeof driverError.code === 'string' ? driverError.code : '';
  if (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || UNAVAILABLE_SOCKET_CODES.has(code)) return true;
  return [driverError.message, (error as ErrorLike).message].some((m) => typeof m === 'string' && UNAVAILABLE_MESSAGES.test(m));
}
