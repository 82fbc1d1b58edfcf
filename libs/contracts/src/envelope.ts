import { randomUUID } from 'node:crypto';

/** Every event on every topic travels in this envelope (ARCHITECTURE.md, "Events"). */
export interface EventEnvelope<TData = unknown> {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  correlationId: string;
  causationId: string | null;
  producer: string;
  data: TData;
}

export interface NewEvent<TData> {
  type: string;
  version: number;
  data: TData;
  correlationId: string;
  causationId?: string | null;
  producer: string;
  occurredAt?: Date;
  id?: string;
}

export function createEnvelope<TData>(event: NewEvent<TData>): EventEnvelope<TData> {
  return {
    id: event.id ?? randomUUID(),
    type: event.type,
    version: event.version,
    occurredAt: (event.occurredAt ?? new Date()).toISOString(),
    correlationId: event.correlationId,
    causationId: event.causationId ?? null,
    producer: event.producer,
    data: event.data,
  };
}

/** Structural check of an envelope read off the wire; payload validation is the consumer's. */
export function isEventEnvelope(value: unknown): value is EventEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.type === 'string' &&
    typeof v.version === 'number' &&
    typeof v.occurredAt === 'string' &&
    typeof v.correlationId === 'string' &&
    typeof v.producer === 'string' &&
    typeof v.data === 'object' &&
    v.data !== null
  );
}
