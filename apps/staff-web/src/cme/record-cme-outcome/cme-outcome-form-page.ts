import type { CmeCase, LocalAuthorityEntry } from '../../data/education-referrals.types';
import { dateInputParams } from '../../web/date-input';
import { FieldError, fieldError } from '../../web/forms';
import { label } from '../../web/labels';
import { CmeOutcomeAnswers, DATE_LABELS, outcomesFor } from './cme-outcome-form';

/** What each outcome means for the CMO, under its radio. */
const HINTS: Record<string, string> = {
  ON_ROLL_ELSEWHERE: 'The child is on the admission register of another school.',
  PLACE_ARRANGED: 'A school place is arranged and the child is to start.',
  ELECTIVE_HOME_EDUCATION: 'The parents are educating the child at home.',
  MOVED_TO_ANOTHER_LA: "The family has moved to another authority's area. Homeward e-mails that authority's CME team a hand-over notice with the case reference; send the child's details by the secure LA-to-LA route.",
  LEFT_THE_COUNTRY: 'The family has left England.',
  WHEREABOUTS_UNKNOWN: "Only once every reasonable enquiry is made and none found the child: the lost CTF goes on the DfE's lost pupils database (School2School), and the search goes on.",
  SAFEGUARDING_REFERRAL: "The child has been referred to children's social care or the police.",
  S19_CONSIDERED: "The authority's duty to arrange suitable education for a child too ill to attend school has been considered.",
};

type Field =
  | { kind: 'input'; params: Record<string, unknown> }
  | { kind: 'date'; params: ReturnType<typeof dateInputParams> }
  | { kind: 'radios'; params: Record<string, unknown> }
  | { kind: 'select'; params: Record<string, unknown> };

/** The directory's LAs as a select, the one answered kept; an empty first choice so none is picked by accident. */
function authoritySelect(answers: CmeOutcomeAnswers, errors: FieldError[], authorities: readonly LocalAuthorityEntry[]): Field {
  return {
    kind: 'select',
    params: {
      id: 'authority',
      name: 'authority',
      label: { text: 'Authority now responsible', classes: 'govuk-label--s' },
      hint: { text: "Homeward e-mails its CME team. If it is not listed, ask your system administrator to add it to the directory." },
      items: [{ value: '', text: 'Choose an authority' }, ...authorities.map((a) => ({ value: a.code, text: `${a.name} (${a.code})`, selected: answers.authority?.toUpperCase() === a.code }))],
      errorMessage: fieldError(errors, 'authority'),
    },
  };
}

function input(answers: CmeOutcomeAnswers, errors: FieldError[], id: string, text: string, extra: Record<string, unknown> = {}): Field {
  return { kind: 'input', params: { id, name: id, value: answers[id], label: { text, classes: 'govuk-label--s' }, errorMessage: fieldError(errors, id), autocomplete: 'off', ...extra } };
}

function date(answers: CmeOutcomeAnswers, errors: FieldError[], id: keyof typeof DATE_LABELS, hint = 'For example, 30 11 2026'): Field {
  return { kind: 'date', params: dateInputParams(id, { day: answers[`${id}-day`], month: answers[`${id}-month`], year: answers[`${id}-year`] }, errors, { legend: DATE_LABELS[id], hint }) };
}

function fieldsFor(outcome: string, answers: CmeOutcomeAnswers, errors: FieldError[], cmeCase: CmeCase, authorities: readonly LocalAuthorityEntry[]): Field[] {
  const urnHint = { hint: { text: 'Optional. 6 digits, for example 140123' }, classes: 'govuk-input--width-10', inputmode: 'numeric', spellcheck: false };
  switch (outcome) {
    case 'ON_ROLL_ELSEWHERE':
      return [
        input(answers, errors, 'onRollSchool', 'Name of the school the child is on roll at', { classes: 'govuk-!-width-full' }),
        input(answers, errors, 'onRollUrn', 'URN (optional)', urnHint),
        {
          kind: 'radios',
          params: {
            name: 'onRollInArea',
            idPrefix: 'onRollInArea',
            classes: 'govuk-radios--inline',
            fieldset: { legend: { text: 'Is the school in this authority?', classes: 'govuk-fieldset__legend--s' } },
            items: [{ value: 'yes', text: 'Yes', checked: answers.onRollInArea === 'yes' }, { value: 'no', text: 'No', checked: answers.onRollInArea === 'no' }],
            errorMessage: fieldError(errors, 'onRollInArea'),
          },
        },
      ];
    case 'PLACE_ARRANGED':
      return [input(answers, errors, 'placeSchool', 'Name of the school with the place', { classes: 'govuk-!-width-full' }), input(answers, errors, 'placeUrn', 'URN (optional)', urnHint)];
    case 'MOVED_TO_ANOTHER_LA':
      return [
        authoritySelect(answers, errors, authorities),
        date(answers, errors, 'authorityToldOn', 'Optional: only if you told them before recording this, for example by phone. For example, 30 11 2026'),
      ];
    case 'LEFT_THE_COUNTRY':
      return [input(answers, errors, 'country', 'Country', { classes: 'govuk-!-width-two-thirds' })];
    case 'WHEREABOUTS_UNKNOWN':
      return [date(answers, errors, 'ctfUploadedOn', cmeCase.enquiriesNotMade.length ? `Every reasonable enquiry must be made first. Still to make: ${cmeCase.enquiriesNotMade.map((e) => label('reasonableEnquiry', e)).join('; ')}.` : 'For example, 30 11 2026')];
    case 'SAFEGUARDING_REFERRAL':
      return [input(answers, errors, 'referredTo', 'Who was it made to?', { hint: { text: "For example, children's social care front door (MASH)" }, classes: 'govuk-!-width-full' }), date(answers, errors, 'referredOn')];
    default:
      return [];
  }
}

/** The outcome form for one open case: its outcomes as radios, each revealing its own questions, answers kept and errors on their inputs. */
export function cmeOutcomeFormModel(p: { cmeCase: CmeCase; answers: CmeOutcomeAnswers; errors: FieldError[]; authorities: readonly LocalAuthorityEntry[] }) {
  const { cmeCase, answers, errors, authorities } = p;
  return {
    pageTitle: `Record the outcome for ${cmeCase.name}`,
    caption: `CME case ${cmeCase.reference}`,
    caseHref: `/cme/${cmeCase.id}`,
    open: cmeCase.status === 'OPEN',
    errors,
    choices: {
      error: fieldError(errors, 'outcome'),
      items: outcomesFor(cmeCase.source).map((value) => ({
        value,
        text: label('cmeOutcome', value),
        hint: { text: HINTS[value] },
        checked: answers.outcome === value,
        fields: fieldsFor(value, answers, errors, cmeCase, authorities),
      })),
    },
    resolvedOn: dateInputParams('resolvedOn', { day: answers['resolvedOn-day'] ?? '', month: answers['resolvedOn-month'] ?? '', year: answers['resolvedOn-year'] ?? '' }, errors, {
      legend: DATE_LABELS.resolvedOn,
      hint: "The day the child's education was accounted for, or you reached this outcome. The school days missing education are counted to it. For example, 30 11 2026",
      legendClasses: 'govuk-fieldset__legend--m',
    }),
  };
}
