import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CpuProfile {
  nodes: { id: number; hitCount?: number; callFrame: { functionName: string; url: string } }[];
  startTime: number;
  endTime: number;
}

/** Where a frame's code lives: a package, one of our libs/apps, Node itself, or the VM (gc, idle). */
function owner(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return 'node core';
  const ours = /dist\/((?:apps|libs)\/[^/]+)/.exec(url)?.[1];
  return ours ?? url;
}

/** Self time by owner for each profile `--cpu-prof` wrote, busiest first (idle excluded). */
export function summariseProfiles(dir: string, top = 8): { file: string; busyS: number; byOwner: { owner: string; share: string }[] }[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  } catch {
    return [];
  }
  return files.map((file) => {
    const p = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const hits = new Map<string, number>();
    for (const n of p.nodes) {
      if (!n.hitCount || n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
      const o = owner(n.callFrame.url, n.callFrame.functionName);
      hits.set(o, (hits.get(o) ?? 0) + n.hitCount);
    }
    const total = [...hits.values()].reduce((a, b) => a + b, 0);
    const all = p.nodes.reduce((a, n) => a + (n.hitCount ?? 0), 0);
    const busyS = ((p.endTime - p.startTime) / 1e6) * (total / Math.max(1, all));
    const byOwner = [...hits]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([o, h]) => ({ owner: o, share: `${((100 * h) / total).toFixed(1)}%` }));
    return { file, busyS: Math.round(busyS), byOwner };
  });
}
