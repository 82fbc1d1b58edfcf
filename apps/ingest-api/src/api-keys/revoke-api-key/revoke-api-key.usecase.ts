import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { ApiKey } from '../api-key.entity';

/** Stops a key at once (a leaked key); revoking twice keeps the first revocation time. */
@Injectable()
export class RevokeApiKey {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(command: { id: string }): Promise<{ id: string; force: string; revokedAt: string }> {
    if (!/^[0-9a-f-]{36}$/i.test(command.id)) throw new Error('id must be a key id from `keys list`');
    const repo = this.dataSource.getRepository(ApiKey);
    await repo.update({ id: command.id, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    const key = await repo.findOneBy({ id: command.id });
    if (!key?.revokedAt) throw new Error(`no API key with id ${command.id}`);
    return { id: key.id, force: key.force, revokedAt: key.revokedAt.toISOString() };
  }
}
