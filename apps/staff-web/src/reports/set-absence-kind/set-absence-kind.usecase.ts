import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { Ssda903AbsenceKind } from '../../data/protocol-engine.types';
import { chosenYear } from '../ssda903-year';

/** `year`: the page's year to go back to. */
export type SetAbsenceKindOutcome = { year: number } & ({ set: true; kind: Ssda903AbsenceKind } | { set: false; reason: 'NO_CHOICE' | 'NO_EPISODE' });

/** CMO or MANAGER say an episode was M or A for the 903 return; protocol-engine keeps each choice. */
@Injectable()
export class SetAbsenceKind {
  constructor(
    private readonly protocolEngine: ProtocolEngineClient,
    private readonly clock: Clock,
  ) {}

  async execute(input: { user: SessionUser; episodeId: string; body: Record<string, unknown> }): Promise<SetAbsenceKindOutcome> {
    const kind = input.body.kind;
    const year = chosenYear(input.body.year, this.clock.now());
    if (kind !== 'M' && kind !== 'A') return { year, set: false, reason: 'NO_CHOICE' };
    try {
      await this.protocolEngine.setSsda903AbsenceKind(input.user.token, input.episodeId, kind);
      return { year, set: true, kind };
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) return { year, set: false, reason: 'NO_EPISODE' };
      throw error;
    }
  }
}
