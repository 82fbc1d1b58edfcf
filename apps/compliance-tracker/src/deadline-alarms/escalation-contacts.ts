import { EntityManager } from 'typeorm';
import type { EscalationContacts } from './deadline-steps';

/** The active officers on the team manager's and the service manager's rungs of the ladder. */
export async function escalationContacts(em: EntityManager): Promise<EscalationContacts> {
  const rows = (await em.query(`SELECT username, ladder_role FROM officers WHERE ladder_role IS NOT NULL AND disabled_at IS NULL`)) as { username: string; ladder_role: keyof EscalationContacts }[];
  return Object.fromEntries(rows.map((r) => [r.ladder_role, r.username]));
}
