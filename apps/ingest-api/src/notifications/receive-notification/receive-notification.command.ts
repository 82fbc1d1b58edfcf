import { FieldProblem, validationFailed } from '@homeward/platform';
import type { NotificationDto } from '../notification.dto';

const FUTURE_TOLERANCE_MS = 5 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

/** Rules that need the current time, which field decorators cannot be given. */
function problemsAt(n: NotificationDto, now: Date, maxAgeDays: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const occurredAt = new Date(n.occurredAt);
  const born = new Date(`${n.child.dateOfBirth}T00:00:00Z`);
  if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    problems.push({ field: 'occurredAt', reason: 'occurredAt is more than 5 minutes in the future' });
  } else if (occurredAt.getTime() < now.getTime() - maxAgeDays * DAY_MS) {
    // Most likely a mistyped year; a genuine older record is for the records team, not the live protocol.
    problems.push({ field: 'occurredAt', reason: `occurredAt is more than ${maxAgeDays} days before receipt` });
  } else if (n.child.dateOfBirth > n.occurredAt.slice(0, 10) && born.getTime() <= now.getTime()) {
    // By the sender's own calendar date: a child may go missing on the day of birth.
    problems.push({ field: 'occurredAt', reason: "occurredAt is before the child's date of birth" });
  }
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

  /** `maxAgeDays`: OCCURRED_AT_MAX_AGE_DAYS, how far before receipt an occurredAt is still plausible. */
  static create(input: { force: string; notification: NotificationDto; correlationId: string; now: Date; maxAgeDays: number }): ReceiveNotificationCommand {
    const problems = problemsAt(input.notification, input.now, input.maxAgeDays);
    if (problems.length > 0) throw validationFailed(problems);
    return new ReceiveNotificationCommand(input.force, input.notification, input.correlationId, input.now);
  }
}
