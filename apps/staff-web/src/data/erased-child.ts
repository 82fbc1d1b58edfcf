/** What staff pages call a child whose personal data was erased (they name children by these two fields). */
export const ERASED_CHILD_NAME = { givenName: 'Child', familyName: '(details erased)' } as const;

/** A CME case's pupil as pages name them: once erased, education-referrals gives no name. */
export const shownCaseName = (name: string | null): string => name ?? `${ERASED_CHILD_NAME.givenName} ${ERASED_CHILD_NAME.familyName}`;

type Named = { givenName: string | null; familyName: string | null; erasedAt?: string | null };

/** The child as pages show them: after an erasure the names are null, and no page should read "null null". */
export function shownChild<T extends Named>(child: T): T & { givenName: string; familyName: string } {
  if (child.givenName !== null && child.familyName !== null) return child as T & { givenName: string; familyName: string };
  return { ...child, ...ERASED_CHILD_NAME };
}
