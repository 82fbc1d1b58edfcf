import { Clock } from '@homeward/contracts';
import { UnitOfWork } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { School, SchoolKey } from '../school.entity';
import { hashSchoolKey, newSchoolKeySecret, URN } from '../school-key-secret';

export interface IssuedSchoolKey {
  id: string;
  urn: string;
  /** Shown once; only its hash is kept. */
  key: string;
}

/** Registers a school (or renames a known one) and issues it a new key; its other keys keep working until revoked. */
@Injectable()
export class RegisterSchool {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(command: { urn: string; name: string }): Promise<IssuedSchoolKey> {
    if (!URN.test(command.urn)) throw new Error(`--urn must be a school's six-digit URN, not "${command.urn}"`);
    if (!command.name.trim()) throw new Error('--name is required');
    const now = this.clock.now();
    const key = newSchoolKeySecret();
    const id = randomUUID();
    return this.unitOfWork.run(async (em) => {
      await em.getRepository(School).upsert({ urn: command.urn, name: command.name.trim(), registeredAt: now }, { conflictPaths: ['urn'], skipUpdateIfNoValuesChanged: true });
      await em.getRepository(SchoolKey).insert({ id, urn: command.urn, keyHash: hashSchoolKey(key), keyPrefix: key.slice(0, 10), createdAt: now, revokedAt: null });
      return { id, urn: command.urn, key };
    });
  }
}
