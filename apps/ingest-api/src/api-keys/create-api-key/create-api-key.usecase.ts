import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ApiKey } from '../api-key.entity';
import { assertForceCode } from '../api-key-force';
import { hashApiKey, newApiKeySecret } from '../api-key-secret';

export interface CreatedApiKey {
  id: string;
  force: string;
  /** Shown once, at creation; only its hash is kept. */
  key: string;
}

@Injectable()
export class CreateApiKey {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: { force: string; label: string }): Promise<CreatedApiKey> {
    assertForceCode(command.force);
    return this.insert(this.dataSource.manager, command);
  }

  /** Also used by rotation, inside its transaction. */
  async insert(em: EntityManager, command: { force: string; label: string }): Promise<CreatedApiKey> {
    const key = newApiKeySecret();
    const id = randomUUID();
    await em.getRepository(ApiKey).insert({
      id,
      force: command.force,
      label: command.label,
      keyHash: hashApiKey(key),
      keyPrefix: key.slice(0, 10),
      expiresAt: null,
      revokedAt: null,
    });
    return { id, force: command.force, key };
  }
}
