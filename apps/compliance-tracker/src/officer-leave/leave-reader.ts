import { ConflictException, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LEAVE_SELECT, LeaveRow, LeaveView, toLeaveView } from './leave.view';

export function leaveNotFound(id: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no leave ${id}` });
}

/** One leave as the API shows it, read in the caller's transaction (so after a change, the change). */
export async function readLeave(em: EntityManager, id: string, now: Date): Promise<LeaveView> {
  const [row] = (await em.query(`${LEAVE_SELECT} WHERE l.id = $1`, [id])) as LeaveRow[];
  if (!row) throw leaveNotFound(id);
  return toLeaveView(row, now);
}

/** 409 naming where the leave stands, so the caller can see why. */
export function leaveInState(status: string, attempted: string): ConflictException {
  return new ConflictException({ statusCode: 409, error: 'Conflict', message: `leave is ${status}: cannot ${attempted}`, currentStatus: status });
}
