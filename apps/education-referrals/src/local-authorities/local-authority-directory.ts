import { readFileSync } from 'node:fs';

/**
 * Other LAs' children missing education (CME) contacts, and this LA's own: configuration, read
 * and validated once at start. A case handed over on a move goes to a code in this directory,
 * and the notice to its CME mailbox. Pure but for reading the file.
 */
export interface LocalAuthority {
  /** The LA's E-code (ONS GSS code), e.g. E10000024. */
  code: string;
  name: string;
  /** The CME team's mailbox: a team's address, never a person's. */
  cmeMailbox: string;
}

export interface LocalAuthorities {
  /** This LA as the other LAs see it in a hand-over notice: its name, and the mailbox they answer to. */
  thisAuthority: { name: string; cmeMailbox: string };
  otherAuthorities: LocalAuthority[];
}

/** A directory that cannot be trusted: the message names the entry and the field. */
export class LocalAuthoritiesError extends Error {
  override readonly name = 'LocalAuthoritiesError';
}

/** England's LA codes: E06 unitary, E07 district, E08 metropolitan district, E09 London borough, E10 county. */
const E_CODE = /^E(06|07|08|09|10)\d{6}$/;
/** A mailbox as a mail server takes it: one @, no spaces, a dotted domain. */
const MAILBOX = /^[^\s@<>()[\],;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const MAX_NAME = 200;
const MAX_MAILBOX = 254;

export function loadLocalAuthorities(path: string): LocalAuthorityDirectory {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new LocalAuthoritiesError(`local authorities file ${path} cannot be read as JSON: ${(error as Error).message}`);
  }
  try {
    return new LocalAuthorityDirectory(parseLocalAuthorities(json));
  } catch (error) {
    if (error instanceof LocalAuthoritiesError) throw new LocalAuthoritiesError(`local authorities file ${path}: ${error.message}`);
    throw error;
  }
}

export function parseLocalAuthorities(json: unknown): LocalAuthorities {
  const file = json as Partial<Record<keyof LocalAuthorities, unknown>> | null;
  if (!file || typeof file !== 'object' || Array.isArray(file)) throw new LocalAuthoritiesError('must be an object with thisAuthority and otherAuthorities');
  const own = file.thisAuthority as Partial<LocalAuthority> | undefined;
  if (!own || typeof own !== 'object') throw new LocalAuthoritiesError('thisAuthority is required: this LA\'s name and CME mailbox');
  const thisAuthority = { name: name(own.name, 'thisAuthority.name'), cmeMailbox: mailbox(own.cmeMailbox, 'thisAuthority.cmeMailbox') };
  if (!Array.isArray(file.otherAuthorities) || file.otherAuthorities.length === 0) throw new LocalAuthoritiesError('otherAuthorities must list at least one local authority');
  const seen = new Map<string, number>();
  const otherAuthorities = file.otherAuthorities.map((raw: unknown, i): LocalAuthority => {
    const at = `otherAuthorities[${i}]`;
    const entry = raw as Partial<LocalAuthority> | null;
    if (!entry || typeof entry !== 'object') throw new LocalAuthoritiesError(`${at} must be an object with code, name and cmeMailbox`);
    if (typeof entry.code !== 'string' || !E_CODE.test(entry.code)) throw new LocalAuthoritiesError(`${at}.code "${String(entry.code)}" is not an English LA code (E06, E07, E08, E09 or E10 and six digits, e.g. E10000024)`);
    const first = seen.get(entry.code);
    if (first !== undefined) throw new LocalAuthoritiesError(`${at}.code ${entry.code} is listed twice (also otherAuthorities[${first}])`);
    seen.set(entry.code, i);
    return { code: entry.code, name: name(entry.name, `${at}.name`), cmeMailbox: mailbox(entry.cmeMailbox, `${at}.cmeMailbox`) };
  });
  return { thisAuthority, otherAuthorities };
}

function name(value: unknown, field: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new LocalAuthoritiesError(`${field} is required`);
  if (value.length > MAX_NAME) throw new LocalAuthoritiesError(`${field} must be ${MAX_NAME} characters or fewer`);
  return value.trim();
}

function mailbox(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length > MAX_MAILBOX || !MAILBOX.test(value)) throw new LocalAuthoritiesError(`${field} "${String(value)}" is not an e-mail address`);
  return value;
}

/** The directory as the service uses it: look an authority up by its code. */
export class LocalAuthorityDirectory {
  private readonly byCode: ReadonlyMap<string, LocalAuthority>;

  constructor(readonly authorities: LocalAuthorities) {
    this.byCode = new Map(authorities.otherAuthorities.map((a) => [a.code, a]));
  }

  get thisAuthority(): LocalAuthorities['thisAuthority'] {
    return this.authorities.thisAuthority;
  }

  /** In name order, as staff choose from them. */
  list(): LocalAuthority[] {
    return [...this.authorities.otherAuthorities].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }

  find(code: string): LocalAuthority | undefined {
    return this.byCode.get(code);
  }

  codes(): ReadonlySet<string> {
    return new Set(this.byCode.keys());
  }
}
