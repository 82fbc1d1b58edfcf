/**
 * Deterministic BullMQ job ids (`deadline-<taskId>-<version>`): the same wake-up scheduled twice
 * is one job. BullMQ forbids ':' in custom ids and reads an all-digit id as its own counter.
 */
export function jobId(...parts: (string | number)[]): string {
  const id = parts.map(String).join('-');
  if (id.includes(':') || /^\d+$/.test(id)) throw new Error(`unusable job id "${id}"`);
  return id;
}
