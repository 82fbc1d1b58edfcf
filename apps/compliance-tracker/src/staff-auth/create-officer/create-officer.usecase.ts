import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashOfficerKey, newOfficerKey } from '../officer-key';
import { Officer, OfficerRole } from '../officer.entity';
import { hashPassword } from '../passwords';
import { CreateOfficerCommand } from './create-officer.command';

export interface CreatedOfficer {
  id: string;
  username: string;
  role: OfficerRole;
  displayName: string;
  /** Shown once, at creation; only its hash is kept. Absent when no key was issued. */
  key?: string;
}

/**
 * Creates an officer, or gives an existing username a new role (and a new key, password or
 * name when given; an old key stops working), enabled again.
 */
@Injectable()
export class CreateOfficer {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: CreateOfficerCommand): Promise<CreatedOfficer> {
    const key = command.key === 'none' ? undefined : command.key === 'generate' ? newOfficerKey() : command.key.given;
    const passwordHash = command.password === undefined ? null : await hashPassword(command.password);
    const [row] = (await this.dataSource.query(
      `INSERT INTO officers (id, username, display_name, role, key_hash, key_prefix, password_hash)
       VALUES ($1, $2, COALESCE($3::text, $2), $4, $5, $6, $7)
       ON CONFLICT (username) DO UPDATE SET
         role = EXCLUDED.role,
         display_name = COALESCE($3::text, officers.display_name),
         key_hash = COALESCE(EXCLUDED.key_hash, officers.key_hash),
         key_prefix = COALESCE(EXCLUDED.key_prefix, officers.key_prefix),
         password_hash = COALESCE(EXCLUDED.password_hash, officers.password_hash),
         failed_sign_ins = CASE WHEN EXCLUDED.password_hash IS NULL THEN officers.failed_sign_ins ELSE 0 END,
         disabled_at = NULL
       RETURNING id, display_name AS "displayName"`,
      [randomUUID(), command.username, command.displayName ?? null, command.role, key ? hashOfficerKey(key) : null, key?.slice(0, 10) ?? null, passwordHash],
    )) as Pick<Officer, 'id' | 'displayName'>[];
    return { id: row.id, username: command.username, role: command.role, displayName: row.displayName, ...(key ? { key } : {}) };
  }
}
