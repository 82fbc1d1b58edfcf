import { Clock } from '@homeward/contracts';
import { UnitOfWork } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { ChildMerger } from '../child-merger';
import type { ChildMergedView } from './merge-children.views';
import { MergeChildrenCommand } from './merge-children.command';

/** Staff merge two records of one child (a first report without the LA's id, a later one with it). */
@Injectable()
export class MergeChildren {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly merger: ChildMerger,
    private readonly clock: Clock,
  ) {}

  execute(command: MergeChildrenCommand): Promise<ChildMergedView> {
    const at = this.clock.now();
    return this.unitOfWork.run(async (em) => {
      const { mergeId, episodesMoved } = await this.merger.merge(em, {
        survivorId: command.survivorId,
        mergedId: command.mergedId,
        actor: `staff:${command.staff.staffId}`,
        at,
        correlationId: command.correlationId,
      });
      return { mergeId, survivorChildId: command.survivorId, mergedChildId: command.mergedId, mergedAt: at, mergedBy: command.staff.staffId, episodesMoved };
    });
  }
}
