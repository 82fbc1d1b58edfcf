import type { EntityManager } from 'typeorm';
import { AllocatedWorker } from './allocated-worker.entity';

/** The child's allocated worker now, read in the caller's transaction (the decision log names them on each decision). */
export async function allocatedWorkerOf(em: EntityManager, childId: string): Promise<string | null> {
  return (await em.findOne(AllocatedWorker, { where: { childId } }))?.staffId ?? null;
}
