import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { Ssda903MissingFailure, Ssda903MissingReturn, Ssda903MissingRow } from '../../data/protocol-engine.types';
import { chosenYear, yearLabel, yearsOffered } from '../ssda903-year';

export const KIND_TEXT = { M: 'Missing', A: 'Away without authorisation' } as const;

export interface Ssda903MissingPage {
  year: number;
  yearLabel: string;
  years: { value: string; text: string; selected: boolean }[];
  table: Ssda903MissingReturn;
  rows: (Ssda903MissingRow & { kindText: string; failureCodes: string[] })[];
  failures: (Ssda903MissingFailure & { child: string })[];
  /** CMO and MANAGER set M/A; READ_ONLY reads. */
  canSetKind: boolean;
  downloadHref: string;
}

/** The SSDA903 Missing return of the chosen year, as protocol-engine builds and checks it (each child read is recorded there). */
@Injectable()
export class ShowSsda903Missing {
  constructor(
    private readonly protocolEngine: ProtocolEngineClient,
    private readonly clock: Clock,
  ) {}

  async execute(input: { user: SessionUser; year: unknown }): Promise<Ssda903MissingPage> {
    const now = this.clock.now();
    const year = chosenYear(input.year, now);
    const table = await this.protocolEngine.ssda903MissingReturn(input.user.token, year);
    const codesOf = new Map<string, string[]>();
    for (const f of table.failures) codesOf.set(f.episodeId, [...(codesOf.get(f.episodeId) ?? []), f.code]);
    const childOf = new Map(table.rows.map((r) => [r.episodeId, r.row.CHILD]));
    return {
      year,
      yearLabel: yearLabel(year),
      years: yearsOffered(now).map((y) => ({ value: String(y), text: yearLabel(y), selected: y === year })),
      table,
      rows: table.rows.map((r) => ({ ...r, kindText: KIND_TEXT[r.row.MISSING], failureCodes: codesOf.get(r.episodeId) ?? [] })),
      failures: table.failures.map((f) => ({ ...f, child: childOf.get(f.episodeId) ?? 'No 903 identifier' })),
      canSetKind: input.user.role === 'CMO' || input.user.role === 'MANAGER',
      downloadHref: `/reports/ssda903-missing.csv?year=${year}`,
    };
  }
}
