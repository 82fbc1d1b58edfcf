/**
 * A realistic, reproducible mix of police notifications: children with one or more episodes
 * (repeats), risk updates, found reports, police retries (exact duplicates) and found reports
 * that arrive before the missing report. The same seed gives the same notifications.
 */
export interface GeneratedNotification {
  notificationId: string;
  type: 'MISSING_REPORTED' | 'RISK_UPDATED' | 'FOUND';
  policeReference: string;
  occurredAt: string;
  child: { givenName: string; familyName: string; dateOfBirth: string; localAuthorityId?: string };
  riskLevel: 'VERY_LOW' | 'LOW' | 'MEDIUM' | 'HIGH';
  careStatus: 'LOOKED_AFTER' | 'CHILD_PROTECTION_PLAN' | 'CHILD_IN_NEED' | 'NOT_KNOWN';
  responsibleAuthority?: string;
  missingFrom?: 'HOME' | 'FOSTER_CARE' | 'CHILDRENS_HOME';
  vulnerabilities?: string[];
  location?: { postcode?: string; description?: string };
  found?: { returnedTo?: string; safeAndWellCheckAt?: string };
}

/** One child's notifications, in the order the police send them. */
export type ChildStream = GeneratedNotification[];

const GIVEN = ['Jordan', 'Casey', 'Riley', 'Morgan', 'Alex', 'Sam', 'Taylor', 'Jamie', 'Charlie', 'Skye', 'Rowan', 'Ellis'];
const FAMILY = ["O'Neill", 'Smith-Jones', 'Khan', 'Nowak', 'Okafor', 'Evans', 'MacLeod', 'Patel', 'Brown', 'Wright'];
const HOUR_MS = 3_600_000;

/** mulberry32: small, fast, seedable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateNotificationMix(options: {
  notifications: number;
  seed?: number;
  startsAt: Date;
  /** Divides every interval: 400 fits a year of a child's episodes into under a day. */
  compress?: number;
}): ChildStream[] {
  const rnd = random(options.seed ?? 42);
  const HOUR = HOUR_MS / (options.compress ?? 1);
  const DAY = 24 * HOUR;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const children: ChildStream[] = [];
  let total = 0;
  for (let c = 0; total < options.notifications; c++) {
    const stream: ChildStream = [];
    const born = new Date(Date.UTC(2009 + Math.floor(rnd() * 7), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)));
    const child = { givenName: pick(GIVEN), familyName: `${pick(FAMILY)}${c}`, dateOfBirth: born.toISOString().slice(0, 10) };
    const lookedAfter = rnd() < 0.4;
    const care = {
      careStatus: lookedAfter ? ('LOOKED_AFTER' as const) : pick(['CHILD_PROTECTION_PLAN', 'CHILD_IN_NEED', 'NOT_KNOWN'] as const),
      ...(lookedAfter ? { responsibleAuthority: rnd() < 0.3 ? 'E10000019' : 'E10000024' } : {}),
      missingFrom: lookedAfter ? pick(['FOSTER_CARE', 'CHILDRENS_HOME'] as const) : ('HOME' as const),
      vulnerabilities: rnd() < 0.09 ? ['CSE'] : rnd() < 0.1 ? ['MENTAL_HEALTH'] : [],
    };
    let at = options.startsAt.getTime() + Math.floor(rnd() * 60 * DAY);
    const episodes = 1 + Math.floor(rnd() * rnd() * 5);
    for (let e = 0; e < episodes; e++) {
      const ref = `F${c}/${e}`;
      const risk = pick(['VERY_LOW', 'LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'HIGH'] as const);
      const base = { policeReference: ref, child, riskLevel: risk, ...care };
      const missing: GeneratedNotification = {
        ...base,
        notificationId: `${ref}-m`,
        type: 'MISSING_REPORTED',
        occurredAt: new Date(at).toISOString(),
        location: { postcode: 'NG1 5FT', description: 'last seen near the bus station' },
      };
      const episode: GeneratedNotification[] = [missing];
      if (rnd() < 0.2) {
        const updated = risk === 'HIGH' ? 'MEDIUM' : 'HIGH';
        episode.push({ ...base, riskLevel: updated, notificationId: `${ref}-r`, type: 'RISK_UPDATED', occurredAt: new Date(at + 3 * HOUR).toISOString() });
      }
      const foundAfter = rnd() < 0.9 ? (rnd() < 0.8 ? 2 + rnd() * 20 : 25 + rnd() * 200) * HOUR : null;
      if (foundAfter !== null) {
        const found: GeneratedNotification = {
          ...base,
          notificationId: `${ref}-f`,
          type: 'FOUND',
          occurredAt: new Date(at + foundAfter).toISOString(),
          found: { returnedTo: 'Home address', safeAndWellCheckAt: new Date(at + foundAfter + HOUR).toISOString() },
        };
        // Out of order: now and then the found report reaches us before the missing report.
        if (rnd() < 0.05) episode.unshift(found);
        else episode.push(found);
      }
      // A police retry: the same message again.
      if (rnd() < 0.05) episode.push({ ...episode[episode.length - 1] });
      stream.push(...episode);
      at += (foundAfter ?? 10 * DAY) + (1 + rnd() * 40) * DAY;
    }
    total += stream.length;
    children.push(stream);
  }
  return children;
}
