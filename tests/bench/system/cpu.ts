import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What a process is to the report, from its command line. */
function groupOf(cmdline: string): string {
  const service = /dist\/apps\/([a-z-]+)\//.exec(cmdline)?.[1];
  if (service) return service;
  if (/^postgres/.test(cmdline) || /\/postgres /.test(cmdline)) return 'postgresql';
  if (/redis-server/.test(cmdline)) return 'redis';
  if (/kafka-mock/.test(cmdline)) return 'kafka mock';
  if (/pgbench|autocannon|bench\/system|tsx/.test(cmdline)) return 'load generator';
  return 'other';
}

/**
 * CPU seconds (user + system, from /proc) by kind of process and by bench phase: with every
 * core busy, which process spends the machine's CPU is what the throughput figures come down to.
 * Processes are sampled every `intervalMs`; one that lives shorter than that is missed.
 */
export class CpuWatch {
  private readonly ticks = new Map<string, { group: string; last: number }>();
  private readonly byPhase = new Map<string, Map<string, number>>();
  private current = 'start-up';
  private readonly timer: NodeJS.Timeout;
  /** /proc counts CPU in clock ticks. */
  private readonly hz = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

  constructor(intervalMs = 500) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  phase(name: string): void {
    this.sample();
    this.current = name;
  }

  stop(): void {
    this.sample();
    clearInterval(this.timer);
  }

  private sample(): void {
    const totals = this.byPhase.get(this.current) ?? new Map<string, number>();
    this.byPhase.set(this.current, totals);
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let now: number;
      let seen = this.ticks.get(pid);
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        now = Number(fields[11]) + Number(fields[12]);
        // A pid seen for the first time counts from now: its earlier CPU was before this bench.
        if (!seen) {
          seen = { group: groupOf(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')), last: now };
          this.ticks.set(pid, seen);
        }
      } catch {
        continue; // exited between listing and reading
      }
      totals.set(seen.group, (totals.get(seen.group) ?? 0) + (now - seen.last) / this.hz);
      seen.last = now;
    }
  }

  /** CPU seconds per phase and process kind, busiest first. */
  summary(): { phase: string; cpuSeconds: Record<string, number> }[] {
    return [...this.byPhase].map(([phase, totals]) => ({
      phase,
      cpuSeconds: Object.fromEntries(
        [...totals].filter(([group, s]) => group !== 'other' && s > 0).sort((a, b) => b[1] - a[1]).map(([g, s]) => [g, Math.round(s * 10) / 10]),
      ),
    }));
  }
}
