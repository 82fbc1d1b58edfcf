import { Clock } from '@homeward/contracts';
import { UnitOfWork } from '@homeward/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { Child } from '../../children/child.entity';
import { AllocatedWorker } from '../allocated-worker.entity';
import { AllocatedWorkerView } from '../allocated-worker.view';
import { RecordAllocatedWorkerCommand } from './record-allocated-worker.command';

/**
 * Records the child's allocated worker, or that there is none, with an audit row (who, when, from,
 * to) in the same transaction. Decisions from then on name the worker, so the risk-management
 * follow-up goes to them.
 */
@Injectable()
export class RecordAllocatedWorker {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(command: RecordAllocatedWorkerCommand): Promise<AllocatedWorkerView> {
    return this.unitOfWork.run(async (em) => {
      // The child's row lock orders this with the child's decisions.
      const child = await em.findOne(Child, { where: { id: command.childId }, lock: { mode: 'pessimistic_write' } });
      if (!child) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such child' });
      const previous = await em.findOne(AllocatedWorker, { where: { childId: child.id } });
      const at = this.clock.now();
      const by = command.actor.staffId;
      if (command.staffId === null) await em.delete(AllocatedWorker, { childId: child.id });
      else await em.upsert(AllocatedWorker, { childId: child.id, staffId: command.staffId, recordedBy: by, recordedAt: at }, ['childId']);
      await em.query(
        `INSERT INTO allocated_worker_history (child_id, staff_id, previous_staff_id, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5)`,
        [child.id, command.staffId, previous?.staffId ?? null, by, at],
      );
      return { childId: child.id, staffId: command.staffId, recordedBy: by, recordedAt: at, previousStaffId: previous?.staffId ?? null };
    });
  }
}
