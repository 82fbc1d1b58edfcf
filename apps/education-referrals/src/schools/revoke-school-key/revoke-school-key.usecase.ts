import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { SchoolKey } from '../school.entity';

/** Stops a school's key at once (a leaver with it, a key sent by e-mail). */
@Injectable()
export class RevokeSchoolKey {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(command: { id: string }): Promise<{ id: string; revoked: boolean }> {
    const result = await this.dataSource.getRepository(SchoolKey).update({ id: command.id, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    return { id: command.id, revoked: (result.affected ?? 0) > 0 };
  }
}
