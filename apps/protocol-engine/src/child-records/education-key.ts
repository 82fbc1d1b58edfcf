import { childKey } from '@homeward/contracts';

interface Named {
  givenName: string | null;
  familyName: string | null;
  dateOfBirth: string | null;
}

/**
 * How education-referrals knows the child: schools do not know the LA's id for a child, so
 * their returns are keyed by name and date of birth only. None once erased (the names are gone).
 */
export function educationKeyOf(secret: string, { givenName, familyName, dateOfBirth }: Named): string | null {
  return givenName && familyName && dateOfBirth ? childKey(secret, { givenName, familyName, dateOfBirth }) : null;
}
