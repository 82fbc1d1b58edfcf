import { createHmac } from 'node:crypto';

export interface ChildIdentity {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  localAuthorityId?: string;
}

/** Case, spacing, apostrophes and hyphens must not split one child in two. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'\u2019\u2018`\-\u2010-\u2015.]+/g, '');
}

/**
 * A keyed hash that recognises the same child across notifications and orders a child's
 * events on one partition, without carrying personal data: the key lives only in config.
 */
export function childKey(secret: string, child: ChildIdentity): string {
  const material = child.localAuthorityId?.trim()
    ? `la:${child.localAuthorityId.trim().toLowerCase()}`
    : `p:${normaliseName(child.familyName)}|${normaliseName(child.givenName)}|${child.dateOfBirth}`;
  return createHmac('sha256', secret).update(material).digest('hex');
}
