import { NotFoundException, PipeTransform } from '@nestjs/common';
import type { MeetingListPath } from '../data/protocol-engine.types';

export interface MeetingListName {
  path: MeetingListPath;
  /** The page's heading. */
  title: string;
  /** In a sentence: "on the {{ inSentence }} list". */
  inSentence: string;
}

/** The two lists protocol-engine keeps, as staff name them; the first is where the navigation opens. */
export const MEETING_LISTS: readonly MeetingListName[] = [
  { path: 'monthly-meeting', title: 'Monthly multi-agency meeting', inSentence: 'monthly multi-agency meeting' },
  { path: 'cse-meeting', title: 'Daily CSE meeting', inSentence: 'daily CSE meeting' },
];

/** A `:list` segment that is not one of the lists is a page not found. */
export class MeetingListPipe implements PipeTransform<string, MeetingListName> {
  transform(value: string): MeetingListName {
    const list = MEETING_LISTS.find((l) => l.path === value);
    if (!list) throw new NotFoundException();
    return list;
  }
}
