import type { ProtocolProfile } from '@homeward/protocol';
import { Injectable, NotFoundException } from '@nestjs/common';
import { Between, DataSource, In } from 'typeorm';
import { Child } from '../../children/child.entity';
import { AppliedNotification } from '../../episodes/applied-notification.entity';
import type { PlacementNotice } from '../../placement-notices/placement-notice.entity';
import { placementNoticesOf } from '../../placement-notices/placement-notices-on-record';
import { ProtocolEngineConfig } from '../../protocol-engine.config';
import { ProtocolVersion } from '../../protocol-versions/protocol-version.entity';
import { recordedHistory } from '../recorded-history';
import { replay, type ReplayResult } from '../replay';
import { RunWhatIfCommand } from './run-what-if.command';

const byChild = (notices: PlacementNotice[]) => {
  const map = new Map<string, PlacementNotice[]>();
  for (const n of notices) map.set(n.childId, [...(map.get(n.childId) ?? []), n]);
  return map;
};

/** Differences listed in full up to this many; the summary always counts them all. */
const MAX_LISTED = 1_000;

export interface WhatIfAnswer extends Omit<ReplayResult, 'differences'> {
  from: string;
  to: string;
  draftVersion: string;
  decisionsDiffering: number;
  differences: ReplayResult['differences'];
}

/**
 * What a draft would have asked for over the stored history of a date range, against what the
 * versions in force did ask for. Reads only: nothing is stored, published or scheduled.
 */
@Injectable()
export class RunWhatIf {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ProtocolEngineConfig,
  ) {}

  async execute(command: RunWhatIfCommand): Promise<WhatIfAnswer> {
    const draft = await this.draftProfile(command);
    const notifications = this.dataSource.getRepository(AppliedNotification);
    const inRange = await notifications
      .createQueryBuilder('n')
      .select('DISTINCT n.child_id', 'child_id')
      .where({ occurredAt: Between(command.from, command.to) })
      .getRawMany<{ child_id: string }>();
    const childIds = inRange.map((r) => r.child_id);
    // Their earlier history too: windows (episodes in 90 days) and supersedes look back.
    const history = await recordedHistory(this.dataSource, childIds, command.to);
    const [children, versions, notices] = await Promise.all([
      this.dataSource.getRepository(Child).find({ where: { id: In(childIds) }, select: { id: true, dateOfBirth: true } }),
      this.dataSource.getRepository(ProtocolVersion).find({ select: { id: true, profile: true } }),
      placementNoticesOf(this.dataSource.manager, childIds),
    ]);
    const result = await replay({
      history,
      from: command.from,
      to: command.to,
      draft,
      versions: new Map(versions.map((v) => [v.id, v.profile])),
      dateOfBirth: new Map(children.map((c) => [c.id, c.dateOfBirth])),
      homeAuthority: this.config.homeAuthorityCode,
      homeForces: this.config.homeForces,
      placementNotices: byChild(notices),
    });
    return {
      from: command.from.toISOString(),
      to: command.to.toISOString(),
      draftVersion: draft.version,
      notificationsReplayed: result.notificationsReplayed,
      timersReplayed: result.timersReplayed,
      decisionsDiffering: result.differences.length,
      summary: result.summary,
      differences: result.differences.slice(0, MAX_LISTED),
    };
  }

  private async draftProfile(command: RunWhatIfCommand): Promise<ProtocolProfile> {
    if ('profile' in command.draft) return command.draft.profile;
    const stored = await this.dataSource.getRepository(ProtocolVersion).findOne({ where: { id: command.draft.versionId } });
    if (!stored) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such protocol version' });
    return stored.profile;
  }
}
