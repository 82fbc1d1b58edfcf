import { Injectable } from '@nestjs/common';
import { Clock } from '@homeward/contracts';
import { DataSource, IsNull } from 'typeorm';
import { ApiKey } from '../api-key.entity';
import { hashApiKey, isWellFormedApiKey } from '../api-key-secret';
import type { ApiKeyScope } from '../api-key-scope';

export interface AuthenticatedKey {
  /** The force's code, or the placing authority's for a PLACEMENT_NOTICES key. */
  force: string;
  scope: ApiKeyScope;
}

/** Resolves a bearer key to whom it belongs and what it may post; null for a missing, unknown, expired or revoked key. */
@Injectable()
export class AuthenticateForce {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(bearer: string | undefined): Promise<AuthenticatedKey | null> {
    if (!bearer || !isWellFormedApiKey(bearer)) return null;
    const key = await this.dataSource.getRepository(ApiKey).findOne({ where: { keyHash: hashApiKey(bearer), revokedAt: IsNull() } });
    if (!key || (key.expiresAt && key.expiresAt <= this.clock.now())) return null;
    return { force: key.force, scope: key.scope };
  }
}
