import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiKey } from '../api-key.entity';

export interface ListedApiKey {
  id: string;
  force: string;
  scope: ApiKey['scope'];
  label: string;
  /** Enough to tell keys apart; the secret itself was never stored. */
  keyPrefix: string;
  state: 'active' | 'expiring' | 'expired' | 'revoked';
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

@Injectable()
export class ListApiKeys {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(query: { force?: string }): Promise<ListedApiKey[]> {
    const keys = await this.dataSource.getRepository(ApiKey).find({
      where: query.force ? { force: query.force } : {},
      order: { force: 'ASC', createdAt: 'ASC' },
    });
    const now = this.clock.now();
    return keys.map((k) => ({
      id: k.id,
      force: k.force,
      scope: k.scope,
      label: k.label,
      keyPrefix: k.keyPrefix,
      state: k.revokedAt ? 'revoked' : !k.expiresAt ? 'active' : k.expiresAt <= now ? 'expired' : 'expiring',
      createdAt: k.createdAt.toISOString(),
      expiresAt: k.expiresAt?.toISOString() ?? null,
      revokedAt: k.revokedAt?.toISOString() ?? null,
    }));
  }
}
