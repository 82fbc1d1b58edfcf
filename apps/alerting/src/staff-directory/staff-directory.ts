import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Directory } from '../alerts/raise-alerts/addressing';

/**
 * Alerting's own copy of who is who in compliance-tracker's staff directory and who is away:
 * kept from compliance's officer-changed and leave-changed events (alerting never reads
 * compliance's tables), read when an alert is raised to name its addressee.
 */
@Injectable()
export class StaffDirectory {
  async at(em: EntityManager, at: Date): Promise<Directory> {
    const staff = (await em.query(`SELECT username, display_name, ladder_role FROM staff_directory WHERE NOT disabled`)) as { username: string; display_name: string; ladder_role: string | null }[];
    const away = (await em.query(`SELECT officer, cover, ends_at FROM staff_leave WHERE NOT cancelled AND starts_at <= $1 AND ends_at > $1 ORDER BY starts_at`, [at])) as {
      officer: string;
      cover: string | null;
      ends_at: Date;
    }[];
    return {
      names: Object.fromEntries(staff.map((s) => [s.username, s.display_name])),
      ladder: Object.fromEntries(staff.filter((s) => s.ladder_role).map((s) => [s.ladder_role, s.username])),
      away: Object.fromEntries(away.map((l) => [l.officer, { cover: l.cover, until: new Date(l.ends_at).toISOString() }])),
    };
  }
}
