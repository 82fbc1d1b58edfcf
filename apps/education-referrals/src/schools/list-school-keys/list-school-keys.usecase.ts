import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface SchoolKeyListing {
  id: string;
  urn: string;
  school: string;
  keyPrefix: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Schools' keys with their state, never a secret. */
@Injectable()
export class ListSchoolKeys {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: { urn?: string }): Promise<SchoolKeyListing[]> {
    const rows = await this.dataSource.query<{ id: string; urn: string; school: string; key_prefix: string; created_at: Date; revoked_at: Date | null }[]>(
      `SELECT k.id, k.urn, s.name AS school, k.key_prefix, k.created_at, k.revoked_at
         FROM school_keys k JOIN schools s USING (urn)
        WHERE $1::text IS NULL OR k.urn = $1
        ORDER BY k.urn, k.created_at`,
      [command.urn ?? null],
    );
    return rows.map((r) => ({ id: r.id, urn: r.urn, school: r.school, keyPrefix: r.key_prefix, createdAt: r.created_at.toISOString(), revokedAt: r.revoked_at?.toISOString() ?? null }));
  }
}
