import type { ChildChange } from '../data/protocol-engine.types';
import { londonDate } from '../web/date-filters';

const FIELD_WORDS: Record<string, string> = {
  givenName: 'given name',
  familyName: 'family name',
  dateOfBirth: 'date of birth',
  gender: 'gender',
  localAuthorityId: 'LA id',
};

export interface ChangeOnPage {
  at: string;
  who: string;
  action: string;
  what: string;
  /** MERGED_INTO: the record this one now is. */
  survivorChildId?: string;
}

type NameOf = (username: string) => string;

/** `staff:<id>` as the officer's name, `police:<force>` as the force. */
export function actorInWords(actor: string, nameOf: NameOf): string {
  const [kind, ...rest] = actor.split(':');
  const who = rest.join(':');
  if (kind === 'staff') return nameOf(who);
  if (kind === 'police') return `Police (${who})`;
  if (kind === 'la') return `Placing authority ${who}`;
  return actor;
}

const previousValue = (field: string, value: unknown) =>
  value === null || value === undefined || value === '' ? 'not known' : field === 'dateOfBirth' ? londonDate(String(value)) : String(value);

function whatChanged(change: ChildChange): string {
  const d = change.detail;
  if (change.action === 'DETAILS_CORRECTED') {
    const changed = Array.isArray(d.changed) ? (d.changed as string[]) : [];
    const previous = (d.previous ?? {}) as Record<string, unknown>;
    const fields = changed.map((f) => `${FIELD_WORDS[f] ?? f} was ${previousValue(f, previous[f])}`).join('; ');
    return `${fields || 'Details corrected'}${d.rematchedTo ? '. The corrected details are another record’s, so this record was merged into it' : ''}`;
  }
  if (change.action === 'MERGED') {
    const moved = Number(d.episodesMoved ?? 0);
    return `Another record of this child was merged into this one: ${moved} ${moved === 1 ? 'episode' : 'episodes'} moved here${d.localAuthorityIdTaken ? ', with its LA id' : ''}`;
  }
  if (change.action === 'MERGED_INTO') return 'This record was merged into another record of the same child';
  return '';
}

/** A child's corrections and merges in words, newest first. Pure. */
export function childChangesInWords(changes: ChildChange[], nameOf: NameOf): ChangeOnPage[] {
  return [...changes]
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((c) => ({
      at: c.at,
      who: actorInWords(c.actor, nameOf),
      action: c.action,
      what: whatChanged(c),
      ...(c.action === 'MERGED_INTO' && typeof c.detail.survivorChildId === 'string' && { survivorChildId: c.detail.survivorChildId }),
    }));
}
