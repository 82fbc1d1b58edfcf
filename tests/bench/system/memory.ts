import type { ServiceName } from '@homeward/testing';
import { rssMb } from './stack';

export interface MemorySample {
  t: number;
  phase: string;
  rssMb: Partial<Record<ServiceName, number>>;
}

/** Samples every service's VmRSS every `intervalMs`, tagged with the phase the bench is in. */
export class MemoryWatch {
  readonly samples: MemorySample[] = [];
  private current = 'start-up';
  private readonly timer: NodeJS.Timeout;
  private readonly started = Date.now();

  constructor(
    private readonly pids: Record<ServiceName, number>,
    intervalMs = 2_000,
    /** Told of each new phase too (the CPU watch keeps the same phases). */
    private readonly onPhase: (name: string) => void = () => undefined,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.sample();
  }

  phase(name: string): void {
    this.onPhase(name);
    this.current = name;
    this.sample();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sample(): void {
    const rss = Object.fromEntries(Object.entries(this.pids).map(([name, pid]) => [name, Math.round(rssMb(pid))]));
    this.samples.push({ t: (Date.now() - this.started) / 1000, phase: this.current, rssMb: rss });
  }

  /** Per service: idle, peak (and in which phase), and for the soak its first and last 5 minutes. */
  summary() {
    return Object.keys(this.pids).map((name) => {
      const of = (s: MemorySample) => s.rssMb[name as ServiceName] ?? NaN;
      const idle = this.samples.filter((s) => s.phase === 'idle').map(of);
      const peak = this.samples.reduce((best, s) => (of(s) > of(best) ? s : best), this.samples[0]);
      const soak = this.samples.filter((s) => s.phase === 'soak');
      const avg = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
      const soakStart = soak.length ? soak[0].t : 0;
      const soakEnd = soak.length ? soak[soak.length - 1].t : 0;
      return {
        service: name,
        idleMb: avg(idle),
        peakMb: of(peak),
        peakPhase: peak.phase,
        soakFirst5MinMb: avg(soak.filter((s) => s.t - soakStart < 300).map(of)),
        soakLast5MinMb: avg(soak.filter((s) => soakEnd - s.t < 300).map(of)),
      };
    });
  }
}
