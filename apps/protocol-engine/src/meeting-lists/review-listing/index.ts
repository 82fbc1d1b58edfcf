export * from './review-listing.command';
export * from './review-listing.usecase';
export * from './meeting-list-review.handler';
