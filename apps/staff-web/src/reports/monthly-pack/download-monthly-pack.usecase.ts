import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { MonthlyPack } from '../../data/protocol-engine.types';
import { label } from '../../web/labels';
import { toCsv } from '../csv';
import { chosenMonth } from './pack-month-choice';

export type PackPart = 'children' | 'hotspots';

const CRITERION_TEXT = { MONTHLY_MEETING: 'Monthly meeting list', CSE_MEETING: 'CSE meeting list', HIGH_RISK: 'High risk' } as const;

const csvOf: Record<PackPart, (pack: MonthlyPack) => string> = {
  // One row an episode; a child with none in the month (listed earlier, still on the list) has one row without.
  children: (pack) =>
    toCsv(
      ['child_id', 'la_child_id', 'given_name', 'family_name', 'date_of_birth', 'criteria', 'police_reference', 'force', 'missing_since', 'found_at', 'risk', 'flags', 'found_location'],
      pack.children.flatMap((c) => {
        const who = [c.childId, c.localAuthorityId, c.givenName, c.familyName, c.dateOfBirth, c.reasons.map((r) => CRITERION_TEXT[r.criterion]).join('; ')];
        if (!c.episodes.length) return [who];
        return c.episodes.map((e) => [...who, e.policeReference, e.force, e.missingSince, e.foundAt, label('risk', e.riskLevel), e.vulnerabilities.join('; '), e.foundLocation]);
      }),
    ),
  hotspots: (pack) =>
    toCsv(
      ['by', 'place', 'reports', 'found_reports', 'last_seen_reports', `reports_${pack.previousMonth}`, 'change', 'episodes', 'children'],
      pack.hotspots.map((h) => [h.by === 'PLACE' ? 'place' : 'postcode district', h.label, h.reports, h.foundReports, h.lastSeenReports, h.reportsMonthBefore, h.change, h.episodes, h.children.length]),
    ),
};

/** The pack's children (with their episodes) or its hotspots as a CSV file, for the meeting's own papers. */
@Injectable()
export class DownloadMonthlyPack {
  constructor(
    private readonly protocolEngine: ProtocolEngineClient,
    private readonly clock: Clock,
  ) {}

  async execute(input: { user: SessionUser; month: unknown; part: unknown }): Promise<{ filename: string; csv: string }> {
    const month = chosenMonth(input.month, this.clock.now());
    const part: PackPart = input.part === 'hotspots' ? 'hotspots' : 'children';
    const pack = await this.protocolEngine.monthlyPack(input.user.token, month);
    return { filename: `monthly-pack-${month}-${part}.csv`, csv: csvOf[part](pack) };
  }
}
