import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiKey } from '../api-key.entity';
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
    if (!/^[A-Za-z0-9-]{2,40}$/.test(command.force)) throw new Error('force must be 2-40 letters, digits or hyphens');
    const key = newApiKeySecret();
    const id = randomUUID();
    await this.dataSource.getRepository(ApiKey).insert({
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
