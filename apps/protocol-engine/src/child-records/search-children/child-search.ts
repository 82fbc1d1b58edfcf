/** What a staff member's search box text can match: one text, tried as each kind of key. */
export interface ChildSearch {
  /** Trimmed as typed: a police reference or an LA id, matched exactly. */
  exact: string;
  /** YYYY-MM-DD when the text is a real date (YYYY-MM-DD or DD/MM/YYYY), else null. */
  dateOfBirth: string | null;
  /** Lower-cased words, each to be a prefix of the given or family name. */
  words: string[];
}

const MAX_WORDS = 5;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function dateOf(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return uk ? isoDate(Number(uk[3]), Number(uk[2]), Number(uk[1])) : null;
}

export function parseChildSearch(q: string): ChildSearch {
  const exact = q.trim();
  return {
    exact,
    dateOfBirth: dateOf(exact),
    words: exact.toLowerCase().split(/[\s,]+/).filter(Boolean).slice(0, MAX_WORDS),
  };
}

/** A word as a LIKE prefix pattern: its own % and _ match only themselves. */
export const prefixPattern = (word: string): string => `${word.replace(/[\\%_]/g, '\\$&')}%`;
