import type { Request } from 'express';

/** Who sent a placement notice: a placing authority through its own key, or a member of staff. */
export type PlacementNoticeSender = { kind: 'authority'; authority: string } | { kind: 'staff'; staffId: string };

export interface PlacementNoticeRequest extends Request {
  sender: PlacementNoticeSender;
}

/** As stored and published: one namespace per sender for its notice ids. */
export const senderKey = (s: PlacementNoticeSender): string => (s.kind === 'authority' ? `la:${s.authority}` : `staff:${s.staffId}`);
