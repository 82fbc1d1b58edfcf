import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashSchoolKey, isWellFormedSchoolKey } from '../school-key-secret';

export interface AuthenticatedSchool {
  urn: string;
  name: string;
}

/** Resolves a bearer key to its school; null for a missing, unknown or revoked key. */
@Injectable()
export class AuthenticateSchool {
  constructor(private readonly dataSource: DataSource) {}

  async execute(bearer: string | undefined): Promise<AuthenticatedSchool | null> {
    if (!bearer || !isWellFormedSchoolKey(bearer)) return null;
    const [school] = await this.dataSource.query<AuthenticatedSchool[]>(
      `SELECT s.urn, s.name FROM school_keys k JOIN schools s USING (urn) WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
      [hashSchoolKey(bearer)],
    );
    return school ?? null;
  }
}
