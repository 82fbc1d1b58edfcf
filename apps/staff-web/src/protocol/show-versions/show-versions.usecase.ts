import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import { londonDateTime } from '../../web/date-filters';
import { VersionCard, versionCard } from '../protocol-words';

export interface VersionsModel {
  active: VersionCard | undefined;
  others: VersionCard[];
  /** What-if runs are for protocol administrators (managers read the versions only). */
  mayTryVersions: boolean;
}

/** The protocol versions, the active one first, each with its rules in words. */
@Injectable()
export class ShowVersions {
  constructor(
    private readonly protocol: ProtocolEngineClient,
    private readonly directory: ComplianceTrackerClient,
  ) {}

  async execute(user: SessionUser): Promise<VersionsModel> {
    const [versions, officers] = await Promise.all([this.protocol.protocolVersions(user.token), this.directory.officers(user.token).catch(() => [])]);
    // Who created and activated a version, by name (an admin key's name, or all of them if the directory is down, as recorded).
    const names = new Map(officers.map((o) => [o.username, o.displayName]));
    const cards = versions.map((v) => versionCard(v, londonDateTime, (u) => names.get(u) ?? u));
    const activeIndex = versions.findIndex((v) => v.status === 'ACTIVE');
    return {
      active: cards[activeIndex],
      others: cards.filter((_, i) => i !== activeIndex),
      mayTryVersions: user.role === 'PROTOCOL_ADMIN',
    };
  }
}
