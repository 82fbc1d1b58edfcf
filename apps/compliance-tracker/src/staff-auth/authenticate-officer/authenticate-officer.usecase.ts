import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { hashOfficerKey, isWellFormedOfficerKey } from '../officer-key';
import { Officer, OfficerRole } from '../officer.entity';

export interface AuthenticatedOfficer {
  id: string;
  username: string;
  role: OfficerRole;
}

/** Resolves a bearer key to its officer; null for a missing, malformed, unknown or disabled key. */
@Injectable()
export class AuthenticateOfficer {
  constructor(private readonly dataSource: DataSource) {}

  async execute(bearer: string | undefined): Promise<AuthenticatedOfficer | null> {
    if (!bearer || !isWellFormedOfficerKey(bearer)) return null;
    const officer = await this.dataSource.getRepository(Officer).findOne({ where: { keyHash: hashOfficerKey(bearer), disabledAt: IsNull() } });
    return officer ? { id: officer.id, username: officer.username, role: officer.role } : null;
  }
}
