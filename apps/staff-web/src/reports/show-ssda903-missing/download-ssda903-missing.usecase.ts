import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import { chosenYear } from '../ssda903-year';

export type Ssda903Download = { csv: string; filename: string } | { refused: true; year: number };

/** The DfE file, as protocol-engine writes it; refused (its 422) while any check fails. */
@Injectable()
export class DownloadSsda903Missing {
  constructor(
    private readonly protocolEngine: ProtocolEngineClient,
    private readonly clock: Clock,
  ) {}

  async execute(input: { user: SessionUser; year: unknown }): Promise<Ssda903Download> {
    const year = chosenYear(input.year, this.clock.now());
    try {
      const csv = await this.protocolEngine.ssda903MissingCsv(input.user.token, year);
      return { csv, filename: `ssda903-missing-${year}-${String(year + 1).slice(2)}.csv` };
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 422) return { refused: true, year };
      throw error;
    }
  }
}
