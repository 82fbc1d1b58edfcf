import { readChildSearch } from './child-search.form';

describe('reading the child search box', () => {
  it('opened without searching, asks nothing', () => {
    expect(readChildSearch(undefined)).toEqual({ errors: [] });
  });

  it('takes what was typed, trimmed', () => {
    expect(readChildSearch("  O'Neil Amy ")).toEqual({ q: "O'Neil Amy", errors: [] });
  });

  it.each([
    ['', 'Enter a name, date of birth, police reference or LA id'],
    ['   ', 'Enter a name, date of birth, police reference or LA id'],
    ['a', 'Enter at least 2 characters'],
    ['x'.repeat(101), 'Search must be 100 characters or fewer'],
  ])('refuses %j, saying "%s" against the box', (typed, text) => {
    expect(readChildSearch(typed).errors).toEqual([{ field: 'q', text }]);
  });

  it('reads the first of a repeated parameter', () => {
    expect(readChildSearch(['NT/26/004512', 'other']).q).toBe('NT/26/004512');
  });
});
