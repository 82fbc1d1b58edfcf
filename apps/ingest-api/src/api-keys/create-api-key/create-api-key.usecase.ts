import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ApiKey } from '../api-key.entity';
import { assertForceCode } from '../api-key-force';
import { hashApiKey, newApiKeySecret } from '../api-key-secret';
import type { ApiKeyScope } from '../api-key-scope';

export interface CreatedApiKey {
  id: string;
  force: string;
  scope: ApiKeyScope;
  /** Shown once, at creation; only its hash is kept. */
  key: string;
}

@Injectable()
export class CreateApiKey {
  constructor(private readonly dataSource: DataSource) {}

  /** `scope` PLACEMENT_NOTICES: `force` is the placing authority's code. */
  async execute(command: { force: string; label: string; scope?: ApiKeyScope }): Promise<CreatedApiKey> {
    assertForceCode(command.force);
    return this.insert(this.dataSource.manager, command);
  }

  /** Also used by rotation, inside its transaction. */
  async insert(em: EntityManager, command: { force: string; label: string; scope?: ApiKeyScope }): Promise<CreatedApiKey> {
    const scope = command.scope ?? 'POLICE_NOTIFICATIONS';
    const key = newApiKeySecret();
    const id = randomUUID();
    await em.getRepository(ApiKey).insert({
      id,
      force: command.force,
      scope,
      label: command.label,
      keyHash: hashApiKey(key),
      keyPrefix: key.slice(0, 10),
      expiresAt: null,
      revokedAt: null,
    });
    return { id, force: command.force, scope, key };
  }
}
