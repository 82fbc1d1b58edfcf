import type { ProtocolProfile } from '@homeward/protocol';
import { Injectable } from '@nestjs/common';
import { DataSource, Not } from 'typeorm';
import { ProtocolVersion } from './protocol-version.entity';

export interface VersionInForce {
  id: string;
  profile: ProtocolProfile;
}

/** Other instances learn of an activation within this long; the instance that activated at once. */
const CACHE_TTL_MS = 10_000;

/**
 * The protocol version in force at an instant: the activated version with the latest
 * effective-from not after it. Activated versions never change, so they are cached (one
 * profile object per version, which also lets decide() validate each profile only once).
 */
@Injectable()
export class ActiveProtocol {
  // Real time, not the domain Clock: this is only how stale the cache may get.
  private cache: { loadedAt: number; versions: VersionInForce[]; starts: number[] } | undefined;
  private loading: Promise<NonNullable<ActiveProtocol['cache']>> | undefined;

  constructor(private readonly dataSource: DataSource) {}

  async at(instant: Date): Promise<VersionInForce> {
    const { versions, starts } = await this.load();
    const t = instant.getTime();
    // starts is in descending order of effective-from.
    const index = starts.findIndex((s) => s <= t);
    if (index < 0) throw new Error(`no protocol version in force at ${instant.toISOString()}`);
    return versions[index];
  }

  /** Called after an activation commits. */
  invalidate(): void {
    this.cache = undefined;
  }

  private async load(): Promise<NonNullable<ActiveProtocol['cache']>> {
    if (this.cache && Date.now() - this.cache.loadedAt < CACHE_TTL_MS) return this.cache;
    this.loading ??= this.dataSource
      .getRepository(ProtocolVersion)
      .find({ where: { status: Not('DRAFT') }, order: { effectiveFrom: 'DESC' } })
      .then((rows) => {
        this.cache = {
          loadedAt: Date.now(),
          // Keep each version's profile object across reloads: decide() validates per object.
          versions: rows.map((r) => this.cache?.versions.find((v) => v.id === r.id) ?? { id: r.id, profile: r.profile }),
          starts: rows.map((r) => r.effectiveFrom!.getTime()),
        };
        return this.cache;
      })
      .finally(() => (this.loading = undefined));
    return this.loading;
  }
}
