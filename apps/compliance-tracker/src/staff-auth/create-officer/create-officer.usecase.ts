import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashOfficerKey, newOfficerKey } from '../officer-key';
import { Officer, OfficerRole } from '../officer.entity';
import { CreateOfficerCommand } from './create-officer.command';

export interface CreatedOfficer {
  id: string;
  username: string;
  role: OfficerRole;
  /** Shown once, at creation; only its hash is kept. */
  key: string;
}

/** Creates an officer with a fresh key, or gives an existing username a new key and role. */
@Injectable()
export class CreateOfficer {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: CreateOfficerCommand): Promise<CreatedOfficer> {
    const key = command.key ?? newOfficerKey();
    const [row] = (await this.dataSource.query(
      `INSERT INTO officers (id, username, role, key_hash, key_prefix) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (username) DO UPDATE SET role = EXCLUDED.role, key_hash = EXCLUDED.key_hash, key_prefix = EXCLUDED.key_prefix, disabled_at = NULL
       RETURNING id`,
      [randomUUID(), command.username, command.role, hashOfficerKey(key), key.slice(0, 10)],
    )) as Pick<Officer, 'id'>[];
    return { id: row.id, username: command.username, role: command.role, key };
  }
}
