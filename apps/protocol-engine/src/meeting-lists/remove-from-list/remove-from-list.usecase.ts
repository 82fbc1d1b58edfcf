import { Clock } from '@homeward/contracts';
import { UnitOfWork } from '@homeward/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { MeetingListEntry } from '../meeting-list-entry.entity';
import { MeetingLists } from '../meeting-lists';
import { RemoveFromListCommand } from './remove-from-list.command';

/** Takes a child off a list now, naming the manager and the reason; 404 when they are not on it. */
@Injectable()
export class RemoveFromList {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly lists: MeetingLists,
    private readonly clock: Clock,
  ) {}

  execute(command: RemoveFromListCommand): Promise<{ entryId: string; leftAt: Date; leftReason: string; leftBy: string }> {
    return this.unitOfWork.run(async (em) => {
      const entry = await em.findOne(MeetingListEntry, { where: { list: command.list, childId: command.childId, leftAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!entry) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `the child is not on the ${command.list} list` });
      const leaving = { at: this.clock.now(), reason: `Removed by a manager: ${command.reason}`, by: command.actor.staffId };
      await this.lists.leave(em, entry, { ...leaving, note: command.note, correlationId: command.correlationId, causationId: command.correlationId });
      return { entryId: entry.id, leftAt: leaving.at, leftReason: leaving.reason, leftBy: leaving.by };
    });
  }
}
