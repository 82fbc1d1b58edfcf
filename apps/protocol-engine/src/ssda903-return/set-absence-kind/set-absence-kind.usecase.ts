import { Clock, type RiskLevel } from '@homeward/contracts';
import { UnitOfWork } from '@homeward/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { defaultAbsenceKind } from '../absence-kind';
import type { AbsenceKindView } from '../ssda903-return.views';
import { GRADINGS_OF_EPISODE } from '../get-missing-return/return-episodes.query';
import { SetAbsenceKindCommand } from './set-absence-kind.command';

/** Records staff's M/A for an episode: a new row each time (the latest counts), so the history of the choice is kept. */
@Injectable()
export class SetAbsenceKind {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(command: SetAbsenceKindCommand): Promise<AbsenceKindView> {
    return this.unitOfWork.run(async (em) => {
      const [episode]: { id: string; gradings: RiskLevel[] }[] = await em.query(`SELECT e.id, ${GRADINGS_OF_EPISODE} AS gradings FROM episodes e WHERE e.id = $1`, [command.episodeId]);
      if (!episode) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such episode' });
      const setAt = this.clock.now();
      await em.query(`INSERT INTO ssda903_absence_kinds (episode_id, kind, set_by, set_at) VALUES ($1, $2, $3, $4)`, [episode.id, command.kind, command.actor.staffId, setAt]);
      return { episodeId: episode.id, kind: command.kind, defaultKind: defaultAbsenceKind(episode.gradings), setBy: command.actor.staffId, setAt };
    });
  }
}
