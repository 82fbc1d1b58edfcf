import type { TaskDetailView } from '../../data/compliance-tracker.types';
import type { ChildSummary } from '../../data/protocol-engine.types';
import { dateInputParams, DateParts } from '../../web/date-input';
import { FieldError, fieldError } from '../../web/forms';
import { label } from '../../web/labels';
import { londonDate } from '../../web/date-filters';
import { childName, deadlineView, statusTag, subjectReference } from '../task-presenters';
import type { OutcomeAnswers } from './outcome-form';
import { OutcomeKind, outcomesAllowed, whyNoOutcome } from './outcome-options';
import { AGENCIES, DECLINED_REASONS, INSTANT_OF, InstantField, instantWords, KIND_CHOICES, NOT_OFFERED_REASONS, OFFER_METHODS, options } from './outcome-words';

/** The error summary's link for "not allowed now" (409): the task's status, at the top of the form. */
export const STATUS_ANCHOR = 'task-status';

const text = (answers: OutcomeAnswers, field: string) => {
  const v = answers[field];
  return typeof v === 'string' ? v : '';
};

function radios(name: string, legend: string, words: Record<string, string>, answers: OutcomeAnswers, errors: FieldError[]) {
  return {
    name,
    idPrefix: name,
    fieldset: { legend: { text: legend, classes: 'govuk-fieldset__legend--s' } },
    items: options(words).map((o) => ({ ...o, checked: text(answers, name) === o.value })),
    errorMessage: fieldError(errors, name),
  };
}

function instantInputs(field: InstantField, words: string, answers: OutcomeAnswers, errors: FieldError[]) {
  const parts: DateParts = { day: text(answers, `${field}-day`), month: text(answers, `${field}-month`), year: text(answers, `${field}-year`) };
  return {
    date: dateInputParams(field, parts, errors, { legend: `Date ${words}`, hint: 'For example, 27 3 2026' }),
    time: {
      id: `${field}-time`,
      name: `${field}-time`,
      label: { text: `Time ${words}`, classes: 'govuk-label--s' },
      hint: { text: 'For example, 9:30am or 14:30' },
      value: text(answers, `${field}-time`),
      classes: 'govuk-input--width-5',
      autocomplete: 'off',
      spellcheck: false,
      errorMessage: fieldError(errors, `${field}-time`),
    },
  };
}

/** The fields one outcome asks for, as the GOV.UK macros take them (answers kept, errors on their inputs). */
function fieldsFor(kind: OutcomeKind, taskType: string, answers: OutcomeAnswers, errors: FieldError[], erasedOn?: string) {
  const field = INSTANT_OF[kind];
  const instant = field ? instantInputs(field, instantWords(kind, taskType), answers, errors) : undefined;
  const all = textFieldsFor(kind, answers, errors, instant);
  if (!erasedOn || !('summary' in all || 'actions' in all)) return all;
  // After an erasure no new text about the child is kept: the facts are still recorded.
  const { summary: _summary, actions: _actions, ...facts } = all as Record<string, unknown>;
  const what = kind === 'HELD' ? 'a summary of the interview' : 'the actions agreed';
  return { ...facts, erasedNote: `This child's personal data was erased on ${erasedOn}. Record what happened without ${what}: nothing written about the child is kept.` };
}

function textFieldsFor(kind: OutcomeKind, answers: OutcomeAnswers, errors: FieldError[], instant: ReturnType<typeof instantInputs> | undefined) {
  switch (kind) {
    case 'OFFERED':
      return { instant, choice: radios('offeredHow', 'How was it offered?', OFFER_METHODS, answers, errors) };
    case 'DECLINED':
      return { choice: radios('declinedReason', 'Why was it declined?', DECLINED_REASONS, answers, errors) };
    case 'NOT_OFFERED':
      return { choice: radios('notOfferedReason', 'Why will no interview be offered?', NOT_OFFERED_REASONS, answers, errors) };
    case 'HELD':
      return {
        instant,
        choice: radios('interviewerIndependent', "Was the interviewer independent of the child's care?", { yes: 'Yes', no: 'No' }, answers, errors),
        summary: {
          id: 'summary',
          name: 'summary',
          maxlength: 10_000,
          label: { text: 'Summary of the interview', classes: 'govuk-label--s' },
          hint: { text: 'What the child said about why they went missing, where they were and what would help. Only those doing this work can read it.' },
          value: text(answers, 'summary'),
          rows: 8,
          errorMessage: fieldError(errors, 'summary'),
        },
      };
    case 'MEETING_HELD': {
      const selected = Array.isArray(answers.attendeeAgencies) ? answers.attendeeAgencies : [];
      return {
        instant,
        agencies: {
          name: 'attendeeAgencies',
          idPrefix: 'attendeeAgencies',
          fieldset: { legend: { text: 'Which agencies took part?', classes: 'govuk-fieldset__legend--s' } },
          hint: { text: 'Select all that apply.' },
          items: options(AGENCIES).map((o) => ({ ...o, checked: selected.includes(o.value) })),
          errorMessage: fieldError(errors, 'attendeeAgencies'),
        },
        actions: {
          id: 'actions',
          name: 'actions',
          label: { text: 'Actions agreed (optional)', classes: 'govuk-label--s' },
          hint: { text: 'One action a line, with who will do it and by when.' },
          value: text(answers, 'actions'),
          rows: 5,
          errorMessage: fieldError(errors, 'actions'),
        },
      };
    }
    default:
      return { instant };
  }
}

function titleFor(type: string, taskWords: string, name: string): string {
  if (type === 'RETURN_INTERVIEW' || outcomesAllowed(type, 'CLAIMED').includes('MEETING_HELD')) return `Record the ${taskWords.toLowerCase()} for ${name}`;
  return `Record the work as done: ${taskWords.toLowerCase()} for ${name}`;
}

/** The outcome form for a task as it is now: the choices its state allows, each with its own questions. */
export function outcomeFormModel(p: { task: TaskDetailView; child?: ChildSummary; answers: OutcomeAnswers; errors: FieldError[]; now: Date; notYours?: string }) {
  const { task, child, answers, errors } = p;
  // Someone else's task offers no choices: the page says whose it is instead.
  const allowed = p.notYours ? [] : outcomesAllowed(task.type, task.status);
  const taskWords = label('taskType', task.type);
  const name = child ? childName(child) : 'this child';
  const single = allowed.length === 1 ? allowed[0] : undefined;
  const erasedOn = child?.erasedAt ? londonDate(child.erasedAt) : undefined;
  return {
    pageTitle: titleFor(task.type, taskWords, name),
    caption: `${taskWords}, ${subjectReference(task)}`,
    taskHref: `/tasks/${task.id}`,
    statusAnchor: STATUS_ANCHOR,
    status: statusTag(task.status),
    deadline: deadlineView(task, p.now),
    errors,
    nothingToRecord: p.notYours ?? (allowed.length === 0 ? whyNoOutcome(task.status) : undefined),
    single,
    singleFields: single ? fieldsFor(single, task.type, answers, errors, erasedOn) : undefined,
    choices: allowed.length > 1
      ? {
          legend: 'What happened?',
          error: fieldError(errors, 'kind'),
          items: allowed.map((kind) => ({
            value: kind,
            text: KIND_CHOICES[kind]?.text ?? kind,
            hint: KIND_CHOICES[kind]?.hint ? { text: KIND_CHOICES[kind]?.hint } : undefined,
            checked: text(answers, 'kind') === kind,
            fields: fieldsFor(kind, task.type, answers, errors, erasedOn),
          })),
        }
      : undefined,
  };
}
