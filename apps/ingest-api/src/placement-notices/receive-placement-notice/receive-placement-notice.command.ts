import { FieldProblem, validationFailed } from '@homeward/platform';
import type { PlacementNoticeDto } from '../placement-notice.dto';
import type { PlacementNoticeSender } from '../placement-notice-sender';

const eighteenthBirthday = (dateOfBirth: string): string => `${Number(dateOfBirth.slice(0, 4)) + 18}${dateOfBirth.slice(4)}`;

/** Rules across fields and against the clock, which field decorators cannot see. */
function problemsOf(n: PlacementNoticeDto, sender: PlacementNoticeSender, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (sender.kind === 'authority' && n.placingAuthority.toUpperCase() !== sender.authority.toUpperCase()) {
    problems.push({ field: 'placingAuthority', reason: `must be the authority this key belongs to (${sender.authority})` });
  }
  if (n.placementEnd !== undefined && n.placementEnd < n.placementStart) {
    problems.push({ field: 'placementEnd', reason: 'placementEnd is before placementStart' });
  }
  if (n.child.dateOfBirth > today) problems.push({ field: 'child.dateOfBirth', reason: 'child.dateOfBirth is in the future' });
  else if (n.child.dateOfBirth > n.placementStart) problems.push({ field: 'child.dateOfBirth', reason: 'the child was born after placementStart' });
  else if (eighteenthBirthday(n.child.dateOfBirth) <= n.placementStart) {
    problems.push({ field: 'child.dateOfBirth', reason: 'the person was 18 or over at placementStart: not a child' });
  }
  return problems;
}

/** A validated placement notice from one sender, as the use case receives it. */
export class ReceivePlacementNoticeCommand {
  private constructor(
    readonly sender: PlacementNoticeSender,
    readonly notice: PlacementNoticeDto,
    readonly correlationId: string,
    readonly receivedAt: Date,
  ) {}

  static create(input: { sender: PlacementNoticeSender; notice: PlacementNoticeDto; correlationId: string; now: Date }): ReceivePlacementNoticeCommand {
    const problems = problemsOf(input.notice, input.sender, input.now.toISOString().slice(0, 10));
    if (problems.length > 0) throw validationFailed(problems);
    return new ReceivePlacementNoticeCommand(input.sender, input.notice, input.correlationId, input.now);
  }
}
