import { parseChildSearch, prefixPattern } from './child-search';

describe('reading what a staff member typed in the child search', () => {
  it('given a police reference, matches it exactly as typed (trimmed) and as name words', () => {
    expect(parseChildSearch('  NT/26/004512 ')).toEqual({ exact: 'NT/26/004512', dateOfBirth: null, words: ['nt/26/004512'] });
  });

  it('given a date of birth either way round, reads the same date', () => {
    expect(parseChildSearch('2012-05-04').dateOfBirth).toBe('2012-05-04');
    expect(parseChildSearch('04/05/2012').dateOfBirth).toBe('2012-05-04');
    expect(parseChildSearch('4/5/2012').dateOfBirth).toBe('2012-05-04');
  });

  it('given a date that does not exist, or not a date, reads no date of birth', () => {
    expect(parseChildSearch('31/02/2012').dateOfBirth).toBeNull();
    expect(parseChildSearch('2012-13-01').dateOfBirth).toBeNull();
    expect(parseChildSearch('Amy').dateOfBirth).toBeNull();
  });

  it('given names, reads each word lower-cased, ignoring commas and extra spaces', () => {
    expect(parseChildSearch("O'Neil,  Amy").words).toEqual(["o'neil", 'amy']);
  });

  it('given a word with LIKE wildcards, they match only themselves', () => {
    expect(prefixPattern('a%b_c\\')).toBe('a\\%b\\_c\\\\%');
  });
});
