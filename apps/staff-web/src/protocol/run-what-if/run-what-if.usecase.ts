import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { ProtocolVersionView, WhatIfAnswer } from '../../data/protocol-engine.types';
import { dateInputError } from '../../web/date-input';
import type { FieldError } from '../../web/forms';
import { londonDate } from '../../web/date-filters';
import { addToDate, isoDate, londonToday, startOfLondonDay } from '../../web/london-calendar';
import { DatePeriod, PeriodReading, periodQuery, readPeriod } from '../../web/period-input';
import { DifferenceRow, differenceRow, VERSION_STATES } from '../protocol-words';

export interface WhatIfModel {
  redirect?: string;
  reading: PeriodReading;
  errors: FieldError[];
  versionItems: { value: string; text: string; hint: { text: string }; checked: boolean }[];
  result?: {
    draftVersion: string;
    periodText: string;
    totals: { label: string; value: string }[];
    byRule: { rule: string; added: number; removed: number; changed: number }[];
    differences: DifferenceRow[];
    notListed: number;
  };
}

const dayBefore = (d: Date) => new Date(d.getTime() - 1);

/**
 * A stored version tried over a period of London days: the form, then (once both are chosen)
 * protocol-engine's what-if for it, with what would differ from what was decided. Nothing is
 * stored or changed, so the form is a GET and its answer an address to share.
 */
@Injectable()
export class RunWhatIfPage {
  constructor(
    private readonly protocol: ProtocolEngineClient,
    private readonly clock: Clock,
  ) {}

  async execute(input: { user: SessionUser; query: Record<string, unknown> }): Promise<WhatIfModel> {
    const { user, query } = input;
    const versions = await this.protocol.protocolVersions(user.token);
    const asked = typeof query.version === 'string' ? query.version : undefined;
    const chosen = asked ?? (versions.find((v) => v.status === 'DRAFT') ?? versions.find((v) => v.status === 'ACTIVE'))?.id;
    const today = londonToday(this.clock.now());
    const reading = readPeriod(query, { defaultPeriod: { from: addToDate(today, { months: -3 }), to: today }, maxYears: 1, maxText: 'The period must be a year or shorter' });
    const errors = [...reading.errors];
    const submitted = asked !== undefined || reading.fromForm || Boolean(query.from);
    if (submitted && !versions.some((v) => v.id === asked)) errors.unshift({ field: 'version', text: 'Choose the version to try' });

    const model: WhatIfModel = { reading, errors, versionItems: this.items(versions, asked ?? chosen) };
    if (!submitted || errors.length > 0 || !reading.period || !asked) return model;
    if (reading.fromForm) return { ...model, redirect: `/protocol/what-if?version=${encodeURIComponent(asked)}&${periodQuery(reading.period)}` };

    try {
      const answer = await this.protocol.whatIf(user.token, { versionId: asked, ...instants(reading.period) });
      return { ...model, result: resultOf(answer, reading.period) };
    } catch (error) {
      if (error instanceof ApiProblem && (error.status === 400 || error.status === 404)) {
        const problems = error.problems.length ? error.problems : [{ field: 'profile', reason: 'no such protocol version' }];
        return { ...model, errors: problems.map((p) => (p.field === 'from' || p.field === 'to' ? dateInputError(p.field, `The period: ${p.reason}`) : { field: 'version', text: `That version cannot be tried: ${p.reason}` })) };
      }
      throw error;
    }
  }

  private items(versions: ProtocolVersionView[], checked: string | undefined) {
    return versions.map((v) => ({
      value: v.id,
      text: v.profile.name ? `${v.version}: ${v.profile.name}` : v.version,
      hint: { text: `${VERSION_STATES[v.status]?.text ?? v.status}, ${v.profile.rules.length} rules` },
      checked: v.id === checked,
    }));
  }
}

/** From the start of the first London day to the last moment of the last (protocol-engine includes `to`). */
function instants(period: DatePeriod): { from: string; to: string } {
  return { from: startOfLondonDay(period.from).toISOString(), to: dayBefore(startOfLondonDay(addToDate(period.to, { days: 1 }))).toISOString() };
}

function resultOf(answer: WhatIfAnswer, period: DatePeriod): NonNullable<WhatIfModel['result']> {
  const s = answer.summary;
  return {
    draftVersion: answer.draftVersion,
    periodText: `${londonDate(isoDate(period.from))} to ${londonDate(isoDate(period.to))}`,
    totals: [
      { label: 'Notifications replayed', value: String(answer.notificationsReplayed) },
      { label: 'Timers replayed', value: String(answer.timersReplayed ?? 0) },
      { label: 'Decisions that would differ', value: String(answer.decisionsDiffering) },
      { label: 'Tasks it would add', value: String(s.tasksAdded) },
      { label: 'Tasks it would no longer ask for', value: String(s.tasksRemoved) },
      { label: 'Tasks it would change (priority or deadline)', value: String(s.tasksChanged) },
    ],
    byRule: Object.entries(s.byRule).map(([rule, t]) => ({ rule, ...t })),
    differences: answer.differences.map(differenceRow),
    notListed: Math.max(answer.decisionsDiffering - answer.differences.length, 0),
  };
}
