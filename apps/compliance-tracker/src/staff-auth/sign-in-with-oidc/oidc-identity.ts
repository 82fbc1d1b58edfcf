import { isStaffId, StaffRole, StaffRoles } from '@homeward/platform';

/**
 * Who an ID token says the person is, in the staff directory's words. Pure: the claims of a
 * token already verified, and the settings that say which claims to read.
 */
export interface OidcClaimSettings {
  usernameClaim: string;
  roleClaim: string;
  /** `group=ROLE` entries, as OIDC_ROLE_MAP lists them. */
  roleMap: readonly string[];
}

export type OidcIdentity =
  | { ok: true; username: string; displayName: string; role: StaffRole }
  | { ok: false; refusal: 'no-username' | 'no-role' };

/** Where several groups map, the broadest role wins, so a manager who is also a CMO stays a manager. */
const PRECEDENCE: readonly StaffRole[] = ['MANAGER', 'CMO', 'PROTOCOL_ADMIN', 'READ_ONLY'];

export function parseRoleMap(entries: readonly string[]): Map<string, StaffRole> {
  const map = new Map<string, StaffRole>();
  for (const entry of entries) {
    const at = entry.lastIndexOf('=');
    const role = entry.slice(at + 1).trim() as StaffRole;
    if (at > 0 && StaffRoles.includes(role)) map.set(entry.slice(0, at).trim(), role);
  }
  return map;
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');

export function oidcIdentity(claims: Record<string, unknown>, settings: OidcClaimSettings): OidcIdentity {
  const username = claims[settings.usernameClaim];
  if (!isStaffId(username)) return { ok: false, refusal: 'no-username' };
  const roleMap = parseRoleMap(settings.roleMap);
  const granted = new Set(asList(claims[settings.roleClaim]).flatMap((group) => roleMap.get(group) ?? []));
  const role = PRECEDENCE.find((r) => granted.has(r));
  if (!role) return { ok: false, refusal: 'no-role' };
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : username;
  return { ok: true, username: username.toLowerCase(), displayName: name, role };
}
