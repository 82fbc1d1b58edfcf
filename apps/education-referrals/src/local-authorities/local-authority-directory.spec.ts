import { join } from 'node:path';
import { loadLocalAuthorities, LocalAuthoritiesError, parseLocalAuthorities } from './local-authority-directory';

const REAL_FILE = join(__dirname, '../../config/local-authorities.json');
const valid = () => ({
  thisAuthority: { name: 'Homeward development council', cmeMailbox: 'cme@homeward-council.example.gov.uk' },
  otherAuthorities: [
    { code: 'E10000024', name: 'Nottinghamshire County Council', cmeMailbox: 'cme@nottinghamshire.example.gov.uk' },
    { code: 'E06000018', name: 'Nottingham City Council', cmeMailbox: 'cme@nottinghamcity.example.gov.uk' },
  ],
});
const failure = (json: unknown) => {
  try {
    parseLocalAuthorities(json);
  } catch (error) {
    expect(error).toBeInstanceOf(LocalAuthoritiesError);
    return (error as Error).message;
  }
  throw new Error('expected the directory to be refused');
};

describe("the directory of other LAs' CME contacts", () => {
  describe('the real file (config/local-authorities.json)', () => {
    const directory = loadLocalAuthorities(REAL_FILE);

    it('given the shipped development file, lists a handful of English LAs by E-code, each with an example mailbox only', () => {
      const all = directory.list();
      expect(all.length).toBeGreaterThanOrEqual(5);
      for (const a of all) {
        expect(a.code).toMatch(/^E(06|07|08|09|10)\d{6}$/);
        expect(a.cmeMailbox).toMatch(/@[a-z-]+\.example\.gov\.uk$/);
      }
      expect(directory.find('E10000024')).toEqual({ code: 'E10000024', name: 'Nottinghamshire County Council', cmeMailbox: 'cme@nottinghamshire.example.gov.uk' });
      expect(directory.thisAuthority.cmeMailbox).toMatch(/\.example\.gov\.uk$/);
    });

    it('given a code, finds it only when listed; lists in name order', () => {
      expect(directory.find('E99999999')).toBeUndefined();
      expect(directory.codes().has('E06000018')).toBe(true);
      const names = directory.list().map((a) => a.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    });
  });

  it('given a valid directory, keeps it as written', () => {
    expect(parseLocalAuthorities(valid())).toEqual(valid());
  });

  it('given no file, or not JSON, says which path cannot be read', () => {
    expect(() => loadLocalAuthorities(join(__dirname, 'no-such-local-authorities.json'))).toThrow(/no-such-local-authorities\.json cannot be read as JSON/);
  });

  it('given no entries, or no thisAuthority, refuses it saying what is needed', () => {
    expect(failure({ ...valid(), otherAuthorities: [] })).toMatch(/otherAuthorities must list at least one/);
    expect(failure({ otherAuthorities: valid().otherAuthorities })).toMatch(/thisAuthority is required/);
    expect(failure([])).toMatch(/must be an object/);
  });

  it('given an entry with a bad code, a missing name or a mailbox that is not one, names the entry and the field', () => {
    const withEntry = (entry: Record<string, unknown>) => ({ ...valid(), otherAuthorities: [valid().otherAuthorities[0], entry] });
    expect(failure(withEntry({ code: '891', name: 'Nottinghamshire', cmeMailbox: 'cme@n.example.gov.uk' }))).toMatch(/otherAuthorities\[1\]\.code "891" is not an English LA code/);
    expect(failure(withEntry({ code: 'E06000015', cmeMailbox: 'cme@derby.example.gov.uk' }))).toBe('otherAuthorities[1].name is required');
    expect(failure(withEntry({ code: 'E06000015', name: 'Derby City Council', cmeMailbox: 'CME team' }))).toBe('otherAuthorities[1].cmeMailbox "CME team" is not an e-mail address');
    expect(failure({ ...valid(), thisAuthority: { name: 'Us', cmeMailbox: 'cme@' } })).toBe('thisAuthority.cmeMailbox "cme@" is not an e-mail address');
  });

  it('given the same code twice, names both entries', () => {
    const [first] = valid().otherAuthorities;
    expect(failure({ ...valid(), otherAuthorities: [first, { ...first, name: 'Again' }] })).toBe('otherAuthorities[1].code E10000024 is listed twice (also otherAuthorities[0])');
  });
});
