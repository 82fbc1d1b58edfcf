import * as os from 'node:os';

/** What a benchmark ran on, and how busy the machine was when it started (the box is shared). */
export function machineFacts() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    loadAtStart: os.loadavg(),
    startedAt: new Date().toISOString(),
  };
}
