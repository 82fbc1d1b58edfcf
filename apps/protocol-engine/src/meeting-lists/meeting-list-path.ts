import { MeetingLists, type MeetingList } from '@homeward/contracts';
import { validationFailed } from '@homeward/platform';

/** The lists as URLs name them: `monthly-meeting`, `cse-meeting`. */
export const MeetingListPaths = MeetingLists.map((l) => l.toLowerCase().replace(/_/g, '-'));

/** A `{list}` path segment: 400 naming the field when it is not a list. */
export function meetingListOf(path: string): MeetingList {
  const list = MeetingLists.find((l, i) => MeetingListPaths[i] === path);
  if (!list) throw validationFailed([{ field: 'list', reason: `list must be one of ${MeetingListPaths.join(', ')}` }]);
  return list;
}
