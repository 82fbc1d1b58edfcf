import { ConflictException, NotFoundException } from '@nestjs/common';
import type { TaskStatus } from './task.entity';

export function taskNotFound(id: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no task ${id}` });
}

/** 409 naming the state the task is in, so the caller can see why. */
export function illegalTransition(current: TaskStatus, attempted: string): ConflictException {
  return new ConflictException({ statusCode: 409, error: 'Conflict', message: `task is ${current}: cannot ${attempted}`, currentStatus: current });
}
