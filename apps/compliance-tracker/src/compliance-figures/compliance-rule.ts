/**
 * Whether a completed task was compliant, as the Safeguarding Board counts it: an RHI offered
 * within its deadline (then declined or held), other work held or done by it. Written once as
 * data, read here in TypeScript (the task-closed event) and as SQL (the figures), so the two
 * cannot drift. Pure.
 */
import type { CmeTaskType, TaskType } from '@homeward/contracts';
import type { TaskOutcome } from '../tasks/task.entity';

type Instant = 'offeredAt' | 'heldAt' | 'doneAt';

interface Rule {
  /** The first recorded of these instants is the one judged against the deadline. */
  by: Instant[];
  /** An outcome that is never compliant, whatever was recorded before it. */
  never?: TaskOutcome['result'];
}

const RETURN_INTERVIEW: Rule = { by: ['offeredAt'], never: 'NOT_OFFERED' };
const OTHER_WORK: Rule = { by: ['heldAt', 'doneAt'] };
// CME work is other work: done (its case closed) by its deadline.
const ruleOf = (type: TaskType | CmeTaskType): Rule => (type === 'RETURN_INTERVIEW' ? RETURN_INTERVIEW : OTHER_WORK);

export function isCompliant(task: { type: TaskType | CmeTaskType; dueAt: Date }, outcome: TaskOutcome): boolean {
  const { by, never } = ruleOf(task.type);
  const at = by.map((instant) => outcome[instant]).find((v) => v !== undefined);
  return outcome.result !== never && at !== undefined && Date.parse(at) <= task.dueAt.getTime();
}

/** The same rule as a SQL boolean over a row of `tasks` (`type`, `due_at`, `outcome`). */
export function compliantSql(): string {
  const sql = ({ by, never }: Rule) => {
    const at = `coalesce(${by.map((instant) => `(outcome->>'${instant}')::timestamptz`).join(', ')})`;
    return `${never ? `outcome->>'result' IS DISTINCT FROM '${never}' AND ` : ''}${at} <= due_at`;
  };
  return `coalesce(CASE WHEN type = 'RETURN_INTERVIEW' THEN ${sql(RETURN_INTERVIEW)} ELSE ${sql(OTHER_WORK)} END, false)`;
}
