import type { HotspotView, PackChildView, PackEpisodeView, PackReasonView } from './monthly-pack.views';

export type PackReasonRow = Omit<PackChildView, 'reasons' | 'episodes'> & PackReasonView;
export type PackEpisodeRow = PackEpisodeView & { childId: string };
export type HotspotRow = Omit<HotspotView, 'change'>;

/** One entry a child, in the reasons' order (by family name), each with every reason and their month's episodes. */
export function packChildren(reasons: PackReasonRow[], episodes: PackEpisodeRow[]): PackChildView[] {
  const children = new Map<string, PackChildView>();
  for (const { criterion, reason, since, leftAt, ...child } of reasons) {
    const entry = children.get(child.childId) ?? { ...child, reasons: [], episodes: [] };
    entry.reasons.push({ criterion, reason, since, leftAt });
    children.set(child.childId, entry);
  }
  for (const { childId, ...episode } of episodes) children.get(childId)?.episodes.push(episode);
  return [...children.values()];
}

/** The change since the month before, as the meeting reads it. */
export function withChange(rows: HotspotRow[]): HotspotView[] {
  return rows.map((row) => ({ ...row, change: row.reports - row.reportsMonthBefore }));
}
