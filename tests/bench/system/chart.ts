import { Resvg } from '@resvg/resvg-js';
import { writeFileSync } from 'node:fs';
import type { Latency } from './end-to-end';

export interface Panel {
  title: string;
  points: Latency[];
}

const W = 1000;
const PANEL_H = 300;
const M = { left: 70, right: 20, top: 40, bottom: 45 };
const TICKS = [5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 60_000];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One panel: each notification's task and alert latency (log scale) against when it was posted. */
function panel(p: Panel, top: number): string {
  const values = p.points.flatMap((x) => [x.taskMs, x.alertMs]).filter((v): v is number => v !== null && v > 0);
  const lo = Math.max(1, Math.min(10, ...values));
  const hi = Math.max(1_000, ...values) * 1.1;
  const xMax = Math.max(1, ...p.points.map((x) => x.atS));
  const plotW = W - M.left - M.right;
  const plotH = PANEL_H - M.top - M.bottom;
  const x = (s: number) => M.left + (s / xMax) * plotW;
  const y = (ms: number) => top + M.top + plotH - ((Math.log10(Math.max(ms, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * plotH;
  const out: string[] = [`<text x="${M.left}" y="${top + 24}" font-size="16" font-weight="bold">${esc(p.title)}</text>`];
  for (const t of TICKS.filter((t) => t >= lo && t <= hi)) {
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(t)}" y2="${y(t)}" stroke="#e3e3e3"/>`);
    out.push(`<text x="${M.left - 6}" y="${y(t) + 4}" font-size="11" text-anchor="end">${t >= 1000 ? `${t / 1000} s` : `${t} ms`}</text>`);
  }
  for (const [ms, label] of [[100, 'p50 target 100 ms'], [500, 'p99 target 500 ms']] as const) {
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(ms)}" y2="${y(ms)}" stroke="#c0392b" stroke-dasharray="6 4"/>`);
    out.push(`<text x="${W - M.right - 4}" y="${y(ms) - 4}" font-size="11" fill="#c0392b" text-anchor="end">${label}</text>`);
  }
  const step = [1, 2, 5, 10, 30, 60, 300].find((s) => xMax / s <= 12) ?? 600;
  for (let s = 0; s <= xMax; s += step) out.push(`<text x="${x(s)}" y="${top + PANEL_H - M.bottom + 16}" font-size="11" text-anchor="middle">${s}</text>`);
  out.push(`<text x="${M.left + plotW / 2}" y="${top + PANEL_H - 8}" font-size="12" text-anchor="middle">seconds into the run (when the notification was posted)</text>`);
  out.push(`<rect x="${M.left}" y="${top + M.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#888"/>`);
  for (const pt of p.points) {
    if (pt.alertMs !== null) out.push(`<circle cx="${x(pt.atS).toFixed(1)}" cy="${y(pt.alertMs).toFixed(1)}" r="2" fill="#e67e22" fill-opacity="0.6"/>`);
    if (pt.taskMs !== null) out.push(`<circle cx="${x(pt.atS).toFixed(1)}" cy="${y(pt.taskMs).toFixed(1)}" r="2" fill="#2471a3" fill-opacity="0.6"/>`);
  }
  return out.join('\n');
}

/** Writes a PNG of the end-to-end runs, one panel per rate. */
export function writeLatencyChart(file: string, panels: Panel[]): void {
  const height = panels.length * PANEL_H + 40;
  const legend = `<circle cx="${M.left + 6}" cy="${height - 16}" r="4" fill="#2471a3"/><text x="${M.left + 14}" y="${height - 12}" font-size="12">POST → task visible (compliance-tracker)</text>
<circle cx="${M.left + 300}" cy="${height - 16}" r="4" fill="#e67e22"/><text x="${M.left + 308}" y="${height - 12}" font-size="12">POST → alert in the feed (alerting)</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" font-family="DejaVu Sans, sans-serif">
<rect width="100%" height="100%" fill="white"/>
${panels.map((p, i) => panel(p, i * PANEL_H)).join('\n')}
${legend}
</svg>`;
  writeFileSync(file, new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng());
}
