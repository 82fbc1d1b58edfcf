import { FieldProblem, validationFailed } from '@homeward/platform';
import type { NotificationDto } from '../notification.dto';

const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Rules that need the current time, which field decorators cannot be given. */
function problemsAt(n: NotificationDto, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const occurredAt = new Date(n.occurredAt);
  if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    problems.push({ field: 'occurredAt', reason: 'occurredAt is more than 5 minutes in the future' });
  }
  const born = new Date(`${n.child.dateOfBirth}T00:00:00Z`);
  const eighteenth = new Date(born);
  eighteenth.setUTCFullYear(born.getUTCFullYear() + 18);
  if (born.getTime() > now.getTime()) {
    problems.push({ field: 'child.dateOfBirth', reason: 'child.dateOfBirth is in the future' });
  } else if (eighteenth.getTime() <= occurredAt.getTime()) {
    problems.push({ field: 'child.dateOfBirth', reason: 'the person was 18 or over at occurredAt: not a child' });
  }
  return problems;
}

/** A validated notification from one force, as the use case receives it. */
export class ReceiveNotificationCommand {
  private constructor(
    readonly force: string,
    readonly notification: NotificationDto,
    readonly correlationId: string,
    readonly receivedAt: Date,
  ) {}

  static create(input: { force: string; notification: NotificationDto; correlationId: string; now: Date }): ReceiveNotificationCommand {
    const problems = problemsAt(input.notification, input.now);
    if (problems.length > 0) throw validationFailed(problems);
    return new ReceiveNotificationCommand(input.force, input.notification, input.correlationId, input.now);
  }
}
