import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertForceCode } from '../api-key-force';
import type { ApiKeyScope } from '../api-key-scope';
import { CreateApiKey, CreatedApiKey } from '../create-api-key';

export interface RotatedApiKey extends CreatedApiKey {
  /** The force's earlier keys keep working until then, so its systems can switch over. */
  previousKeysExpireAt: string;
  previousKeyIds: string[];
}

/** A new key for a force; its current keys expire after the overlap instead of at once. */
@Injectable()
export class RotateApiKey {
  constructor(
    private readonly dataSource: DataSource,
    private readonly createApiKey: CreateApiKey,
    private readonly clock: Clock,
  ) {}

  async execute(command: { force: string; overlapHours: number; label: string; scope?: ApiKeyScope }): Promise<RotatedApiKey> {
    const scope = command.scope ?? 'POLICE_NOTIFICATIONS';
    assertForceCode(command.force);
    if (!Number.isFinite(command.overlapHours) || command.overlapHours < 0 || command.overlapHours > 24 * 90) {
      throw new Error('overlap-hours must be between 0 and 2160');
    }
    const expiresAt = new Date(this.clock.now().getTime() + command.overlapHours * 3_600_000);
    return this.dataSource.transaction(async (em) => {
      // Shortens a longer overlap left by an earlier rotation, never lengthens one.
      // An UPDATE ... RETURNING comes back from TypeORM as [rows, affected].
      const [previous] = (await em.query(
        `UPDATE api_keys SET expires_at = LEAST(coalesce(expires_at, $2), $2)
         WHERE force = $1 AND scope = $4 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $3)
         RETURNING id`,
        [command.force, expiresAt, this.clock.now(), scope],
      )) as [{ id: string }[], number];
      const created = await this.createApiKey.insert(em, { force: command.force, label: command.label, scope });
      return { ...created, previousKeysExpireAt: expiresAt.toISOString(), previousKeyIds: previous.map((r) => r.id) };
    });
  }
}

