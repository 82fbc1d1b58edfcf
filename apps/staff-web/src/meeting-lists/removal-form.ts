import type { FieldError } from '../web/forms';
import { labelOptions } from '../web/labels';

/** protocol-engine's RemovalReasons, in the order the form offers them. */
export const REMOVAL_REASONS = labelOptions('meetingListRemoval').map((o) => o.value);
export const NOTE_MAX = 1000;

export interface RemovalAnswers {
  reason: string;
  note: string;
}

export interface RemovalReading {
  answers: RemovalAnswers;
  errors: FieldError[];
  removal?: { reason: string; note?: string };
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The removal form as typed: a reason is required, and a note with OTHER (the note only goes with OTHER). */
export function readRemovalForm(body: Record<string, unknown>): RemovalReading {
  const answers = { reason: text(body.reason), note: text(body.note) };
  const errors: FieldError[] = [];
  if (!REMOVAL_REASONS.includes(answers.reason)) errors.push({ field: 'reason', text: 'Select why the child is coming off the list' });
  if (answers.reason === 'OTHER' && answers.note === '') errors.push({ field: 'note', text: 'Enter why the child is coming off the list' });
  if (answers.reason === 'OTHER' && answers.note.length > NOTE_MAX) errors.push({ field: 'note', text: `The reason must be ${NOTE_MAX} characters or fewer` });
  if (errors.length > 0) return { answers, errors };
  return { answers, errors, removal: answers.reason === 'OTHER' ? { reason: 'OTHER', note: answers.note } : { reason: answers.reason } };
}

/** protocol-engine's 400 `problems`, against the form's fields. */
export function removalProblems(problems: { field: string; reason: string }[]): FieldError[] {
  return problems.map((p) => ({ field: p.field === 'note' ? 'note' : 'reason', text: p.field === 'note' ? 'Enter why the child is coming off the list' : 'Select why the child is coming off the list' }));
}
