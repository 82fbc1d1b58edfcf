import type { EventEnvelope } from '@homeward/contracts';

export interface OutgoingMessage {
  topic: string;
  /** Orders one aggregate's messages on one partition; never personal data. */
  key: string;
  value: string;
  headers: Record<string, string>;
}

export interface DeliveredEvent {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: Record<string, string>;
  envelope: EventEnvelope;
}

/**
 * Thrown by a handler for a message that can never succeed (valid envelope, invalid data):
 * the bus parks it on the dead-letter topic with the reason instead of retrying forever.
 */
export class PoisonMessageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'PoisonMessageError';
  }
}

/**
 * Thrown by publish for a message the broker will never take (too large, an invalid topic):
 * retrying cannot help, unlike a broker that is down.
 */
export class MessageRejectedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'MessageRejectedError';
  }
}

export type EventHandler = (event: DeliveredEvent) => Promise<void>;

export interface Subscription {
  /** Consumer group; one per consuming use case so each keeps its own offsets. */
  groupId: string;
  topics: string[];
  handler: EventHandler;
}

/** The project's port onto the broker: apps depend on this, never on kafkajs. */
export abstract class MessageBus {
  /** All or nothing; MessageRejectedError when the broker refuses a message for good. */
  abstract publish(messages: OutgoingMessage[]): Promise<void>;
  abstract subscribe(subscription: Subscription): Promise<void>;
  abstract stopConsuming(): Promise<void>;
  abstract isHealthy(): Promise<boolean>;
  abstract close(): Promise<void>;
  /**
   * Resolves when nothing started by this bus still talks to the broker: a consumer still
   * joining its group when stopped goes on failing in the background for a while. A process
   * that exits need not wait; an in-process test harness must, or the work outlives the test.
   */
  abstract settled(): Promise<void>;
}
