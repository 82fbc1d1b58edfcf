import { Clock } from '@homeward/contracts';
import { UnitOfWork } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { MeetingListEntry } from '../meeting-list-entry.entity';
import { MeetingLists } from '../meeting-lists';
import { ReviewListingCommand } from './review-listing.command';

export type ReviewResult = 'LEFT' | 'STILL_LISTED' | 'ALREADY_LEFT';

/**
 * When a listing's until passes, the child leaves the list with the reason the listing gave,
 * unless a later decision listed them again (until moved: that has its own wake-up). The entry
 * is locked and re-read, so the same wake-up twice leaves once.
 */
@Injectable()
export class ReviewListing {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly lists: MeetingLists,
    private readonly clock: Clock,
  ) {}

  execute(command: ReviewListingCommand): Promise<ReviewResult> {
    const now = this.clock.now();
    return this.unitOfWork.run(async (em): Promise<ReviewResult> => {
      const entry = await em.findOne(MeetingListEntry, { where: { id: command.entryId }, lock: { mode: 'pessimistic_write' } });
      if (!entry || entry.leftAt) return 'ALREADY_LEFT';
      if (!entry.until || entry.until > now) return 'STILL_LISTED';
      await this.lists.leave(em, entry, { at: now, reason: entry.untilReason, by: 'protocol', correlationId: command.correlationId, causationId: entry.id });
      return 'LEFT';
    });
  }
}
