import type { ApiFieldProblem } from '../data/api-errors';

/** A field's error as pages render it: the error summary links to `#<field>`, the field shows `text`. */
export interface FieldError {
  field: string;
  text: string;
}

/** For govukErrorSummary's errorList. */
export function errorList(errors: FieldError[] | undefined): { text: string; href: string }[] {
  return (errors ?? []).map((e) => ({ text: e.text, href: `#${e.field}` }));
}

/** For a component's errorMessage: `fieldError(errors, 'username')` (undefined when the field is fine). */
export function fieldError(errors: FieldError[] | undefined, field: string): { text: string } | undefined {
  const found = (errors ?? []).find((e) => e.field === field);
  return found && { text: found.text };
}

/**
 * A service's 400 `problems` as field errors, in the page's words where it has them:
 * `fromProblems(err.problems, { reason: 'Enter why the interview was not offered' })`.
 */
export function fromProblems(problems: ApiFieldProblem[], messages: Record<string, string> = {}): FieldError[] {
  return problems.map((p) => ({ field: p.field, text: messages[p.field] ?? `${p.field}: ${p.reason}` }));
}
