import { Clock } from '@homeward/contracts';
import { ConflictException, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProtocolVersion } from '../protocol-version.entity';
import { CreateDraftVersionCommand } from './create-draft-version.command';

/** Stores a validated profile as a DRAFT: it decides nothing until activated. */
@Injectable()
export class CreateDraftVersion {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(command: CreateDraftVersionCommand): Promise<ProtocolVersion> {
    const row: ProtocolVersion = {
      id: randomUUID(),
      version: command.profile.version,
      profile: command.profile,
      status: 'DRAFT',
      effectiveFrom: null,
      createdBy: command.actor,
      createdAt: this.clock.now(),
      activatedBy: null,
      activatedAt: null,
      retiredAt: null,
    };
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO protocol_versions (id, version, profile, status, created_by, created_at)
       VALUES ($1, $2, $3, 'DRAFT', $4, $5) ON CONFLICT (version) DO NOTHING RETURNING id`,
      [row.id, row.version, JSON.stringify(row.profile), row.createdBy, row.createdAt],
    );
    if (inserted.length === 0) {
      throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `protocol version "${row.version}" already exists` });
    }
    return row;
  }
}
