import { actorInWords, childChangesInWords } from './child-changes-in-words';

const names: Record<string, string> = { manager: 'Jordan Lee', cmo: 'Casey Morgan' };
const nameOf = (u: string) => names[u] ?? u;

describe("a child's corrections and merges, in words", () => {
  it('given who made a change, when read, then staff are named and police are the force', () => {
    expect(actorInWords('staff:manager', nameOf)).toBe('Jordan Lee');
    expect(actorInWords('police:NOTTS', nameOf)).toBe('Police (NOTTS)');
    expect(actorInWords('someone', nameOf)).toBe('someone');
  });

  it('given a correction, when read, then each field says what it was, dates as dates', () => {
    const [change] = childChangesInWords(
      [{ at: '2026-11-01T10:00:00Z', actor: 'police:NOTTS', action: 'DETAILS_CORRECTED', detail: { changed: ['familyName', 'dateOfBirth', 'gender'], previous: { familyName: 'ONeil', dateOfBirth: '2012-05-14', gender: null } } }],
      nameOf,
    );
    expect(change).toEqual({ at: '2026-11-01T10:00:00Z', who: 'Police (NOTTS)', action: 'DETAILS_CORRECTED', what: 'family name was ONeil; date of birth was 14 May 2012; gender was not known' });
  });

  it('given a correction that found another record, when read, then it says this one was merged into it', () => {
    const [change] = childChangesInWords([{ at: '2026-11-01T10:00:00Z', actor: 'police:NOTTS', action: 'DETAILS_CORRECTED', detail: { changed: ['localAuthorityId'], previous: { localAuthorityId: null }, rematchedTo: 'x' } }], nameOf);
    expect(change.what).toBe('LA id was not known. The corrected details are another record’s, so this record was merged into it');
  });

  it('given merges both ways, when read, then newest first, with the record it became', () => {
    const changes = childChangesInWords(
      [
        { at: '2026-10-01T10:00:00Z', actor: 'staff:manager', action: 'MERGED', detail: { mergedChildId: 'a', episodesMoved: 1 } },
        { at: '2026-11-01T10:00:00Z', actor: 'staff:manager', action: 'MERGED_INTO', detail: { survivorChildId: 'b', mergeId: 'm' } },
      ],
      nameOf,
    );
    expect(changes.map((c) => [c.who, c.what, c.survivorChildId])).toEqual([
      ['Jordan Lee', 'This record was merged into another record of the same child', 'b'],
      ['Jordan Lee', 'Another record of this child was merged into this one: 1 episode moved here', undefined],
    ]);
  });
});
