import { oidcIdentity, OidcClaimSettings, parseRoleMap } from './oidc-identity';

const settings: OidcClaimSettings = {
  usernameClaim: 'preferred_username',
  roleClaim: 'roles',
  roleMap: ['homeward-cmo=CMO', 'homeward-managers=MANAGER', 'homeward-readers=READ_ONLY', 'protocol-team=PROTOCOL_ADMIN'],
};

describe('who an ID token says the officer is', () => {
  it('given a username, a name and a mapped group, names the officer with the mapped role', () => {
    expect(oidcIdentity({ preferred_username: 'alex.morgan', name: 'Alex Morgan', roles: ['staff', 'homeward-cmo'] }, settings)).toEqual({
      ok: true,
      username: 'alex.morgan',
      displayName: 'Alex Morgan',
      role: 'CMO',
    });
  });

  it('takes the role claim as a single string too', () => {
    expect(oidcIdentity({ preferred_username: 'pat', roles: 'protocol-team' }, settings)).toMatchObject({ ok: true, role: 'PROTOCOL_ADMIN' });
  });

  it('given groups mapping to several roles, gives the broadest: manager over CMO over protocol admin over read-only', () => {
    expect(oidcIdentity({ preferred_username: 'jo', roles: ['homeward-readers', 'homeward-cmo', 'homeward-managers'] }, settings)).toMatchObject({ role: 'MANAGER' });
    expect(oidcIdentity({ preferred_username: 'jo', roles: ['homeward-readers', 'protocol-team'] }, settings)).toMatchObject({ role: 'PROTOCOL_ADMIN' });
  });

  it('given no group that maps, or no role claim at all, refuses with no-role', () => {
    expect(oidcIdentity({ preferred_username: 'sam', roles: ['finance'] }, settings)).toEqual({ ok: false, refusal: 'no-role' });
    expect(oidcIdentity({ preferred_username: 'sam' }, settings)).toEqual({ ok: false, refusal: 'no-role' });
    expect(oidcIdentity({ preferred_username: 'sam', roles: [42, { group: 'homeward-cmo' }] }, settings)).toEqual({ ok: false, refusal: 'no-role' });
  });

  it.each([undefined, '', 'has space', 42, 'x'.repeat(101)])('given the username claim %j, refuses with no-username', (username) => {
    expect(oidcIdentity({ preferred_username: username, roles: ['homeward-cmo'] }, settings)).toEqual({ ok: false, refusal: 'no-username' });
  });

  it('reads the claims the settings name, and keeps usernames lower-case as the directory does', () => {
    const custom = { usernameClaim: 'email', roleClaim: 'groups', roleMap: ['cmo-team=CMO'] };
    expect(oidcIdentity({ email: 'Alex.Morgan@council.gov.uk', groups: ['cmo-team'] }, custom)).toMatchObject({ ok: true, username: 'alex.morgan@council.gov.uk', role: 'CMO' });
  });

  it('given no name claim, shows the username as the name', () => {
    expect(oidcIdentity({ preferred_username: 'alex', roles: 'homeward-cmo' }, settings)).toMatchObject({ displayName: 'alex' });
  });

  it('parses the role map, ignoring entries that name no known role', () => {
    expect([...parseRoleMap(['a=CMO', 'cn=x,ou=y=MANAGER', 'b=ADMIN', 'nothing'])]).toEqual([
      ['a', 'CMO'],
      ['cn=x,ou=y', 'MANAGER'],
    ]);
  });
});
