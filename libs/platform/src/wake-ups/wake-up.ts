import { jobId } from '../queues';

/** "Wake me up at `dueAt`": see README.md. `(kind, subjectId, version)` is its identity. */
export interface WakeUp {
  kind: string;
  /** An opaque id (a task, a timer, an alert): never personal data. */
  subjectId: string;
  dueAt: Date;
  /** Changes when the same subject is woken again for a new reason; 0 when it never is. */
  version?: number;
}

/** What a handler is given when its wake-up is due. */
export interface DueWakeUp {
  kind: string;
  subjectId: string;
  version: number;
  dueAt: Date;
  /** 1 for the first try of this round of attempts. */
  attempt: number;
  /** The last try of this round: a handler that records give-up outcomes does it now. */
  finalAttempt: boolean;
}

export type WakeUpHandler = (due: DueWakeUp) => Promise<unknown>;

/** Retries and worker settings of one kind; the platform defaults otherwise (8 attempts from 1 s). */
export interface WakeUpKindOptions {
  attempts?: number;
  backoffMs?: number;
  concurrency?: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

/** All a job carries: ids (Redis keeps job data in clear text). The kind is the queue. */
export interface WakeUpJobData {
  subjectId: string;
  version: number;
  correlationId?: string;
}

export const wakeUpQueue = (kind: string): string => `wake-${kind}`;

export const wakeUpJobId = (kind: string, subjectId: string, version = 0): string => jobId(kind, subjectId, version);
