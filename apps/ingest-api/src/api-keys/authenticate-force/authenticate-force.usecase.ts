import { Injectable } from '@nestjs/common';
import { Clock } from '@homeward/contracts';
import { DataSource, IsNull } from 'typeorm';
import { ApiKey } from '../api-key.entity';
import { hashApiKey, isWellFormedApiKey } from '../api-key-secret';

/** Resolves a bearer key to the force it belongs to; null for a missing, unknown, expired or revoked key. */
@Injectable()
export class AuthenticateForce {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(bearer: string | undefined): Promise<string | null> {
    if (!bearer || !isWellFormedApiKey(bearer)) return null;
    const key = await this.dataSource.getRepository(ApiKey).findOne({ where: { keyHash: hashApiKey(bearer), revokedAt: IsNull() } });
    if (!key || (key.expiresAt && key.expiresAt <= this.clock.now())) return null;
    return key.force;
  }
}
