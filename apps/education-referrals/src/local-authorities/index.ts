export { LocalAuthoritiesError, LocalAuthorityDirectory, loadLocalAuthorities, parseLocalAuthorities } from './local-authority-directory';
export type { LocalAuthorities, LocalAuthority } from './local-authority-directory';
