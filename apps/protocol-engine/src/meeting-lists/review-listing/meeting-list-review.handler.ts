import { WakeUps } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { MEETING_LIST_REVIEW } from '../meeting-list-review.wake-up';
import { ReviewListingCommand } from './review-listing.command';
import { ReviewListing } from './review-listing.usecase';

/** A listing's review wake-up in: translates it into a command (the platform retries and sweeps). */
@Injectable()
export class MeetingListReviewHandler implements OnApplicationBootstrap {
  constructor(
    private readonly wakeUps: WakeUps,
    private readonly review: ReviewListing,
  ) {}

  onApplicationBootstrap(): void {
    this.wakeUps.onDue(MEETING_LIST_REVIEW, async (due) => {
      await this.review.execute(ReviewListingCommand.create({ entryId: due.subjectId }));
    });
  }
}
