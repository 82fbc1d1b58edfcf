import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProtocolVersion } from '../protocol-version.entity';

/** Every version, newest first, with its audit fields: who created and activated it, and when. */
@Injectable()
export class ListVersions {
  constructor(private readonly dataSource: DataSource) {}

  execute(): Promise<ProtocolVersion[]> {
    return this.dataSource.getRepository(ProtocolVersion).find({ order: { createdAt: 'DESC' }, take: 500 });
  }
}
