import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ApiProblem } from '../../data/api-errors';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import type { TaskDetailView } from '../../data/compliance-tracker.types';
import { EducationReferralsClient } from '../../data/education-referrals.client';
import type { CmeCaseSummary } from '../../data/education-referrals.types';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { ChildRecord, DecisionDetail, EpisodeRecord } from '../../data/protocol-engine.types';
import { londonDate, londonDateTime } from '../../web/date-filters';
import { durationInWords } from '../../web/duration';
import { label } from '../../web/labels';
import { holdsWork } from '../queue/queue-query';
import { notYoursToRecord, outcomesAllowed, whyNoOutcome } from '../record-outcome/outcome-options';
import { managesQueue } from '../manage-task/manage-actions';
import { actorName, childName, cmeCaseOf, CmeCaseSubject, deadlineView, flagTags, riskTag, statusTag } from '../task-presenters';
import { historyItem, outcomeFacts } from './task-facts';

export interface ShowTaskCommand {
  user: SessionUser;
  taskId: string;
}

/** A 404 from a service for something the task points at: shown as "not known", not as a broken page. */
const unlessMissing = <T>(p: Promise<T>): Promise<T | undefined> => p.catch((e) => (e instanceof ApiProblem && e.status === 404 ? undefined : Promise.reject(e)));

/**
 * One task with the child in view: compliance-tracker's task and history, protocol-engine's
 * child record (recorded as a TASK view) and the decision that asked for the work. A CME task
 * has neither child record nor decision: it points at its CME case, where the work is recorded.
 */
@Injectable()
export class ShowTask {
  constructor(
    private readonly tasks: ComplianceTrackerClient,
    private readonly protocol: ProtocolEngineClient,
    private readonly education: EducationReferralsClient,
    private readonly clock: Clock,
  ) {}

  async execute(command: ShowTaskCommand) {
    const { user, taskId } = command;
    const task = await this.tasks.task(user.token, taskId);
    const cme = cmeCaseOf(task);
    const [history, record, decision, officers] = await Promise.all([
      this.tasks.taskHistory(user.token, taskId),
      task.childId ? unlessMissing(this.protocol.childRecord(user.token, task.childId, 'TASK')) : undefined,
      task.decisionId ? unlessMissing(this.protocol.decision(user.token, task.decisionId)) : undefined,
      this.tasks.officers(user.token),
    ]);
    // The same child missing education: the missing-episode task says so, as the child's record does.
    const educationCases = (record?.educationKey ? await unlessMissing(this.education.cases(user.token, { childKey: record.educationKey })) : undefined) ?? [];
    const now = this.clock.now();
    const name = record ? childName(record) : 'Child not known';
    const doesTheWork = holdsWork(user.role);
    const notYours = doesTheWork && !cme ? notYoursToRecord(task, user, officers) : undefined;
    // A CME task's outcome is the case's: compliance-tracker refuses one recorded on the task.
    const outcomes = notYours || cme ? [] : outcomesAllowed(task.type, task.status);
    const facts = outcomeFacts(task.outcome);

    return {
      pageTitle: cme ? label('taskType', task.type) : `${label('taskType', task.type)} for ${name}`,
      caption: cme ? `Children missing education, CME case ${cme.caseReference}` : `Police reference ${task.policeReference ?? 'not known'}`,
      task: { id: task.id, status: statusTag(task.status), deadline: deadlineView(task, now) },
      actions: {
        claim: doesTheWork && task.status === 'OPEN',
        recordOutcome: doesTheWork && outcomes.length > 0 ? `/tasks/${task.id}/outcome` : undefined,
        whyNot: cme ? undefined : notYours ?? (doesTheWork && outcomes.length === 0 && task.status !== 'OPEN' ? whyNoOutcome(task.status) : undefined),
        manage: managesQueue(user, task),
      },
      cmeCase: cme ? this.cmeCase(cme) : undefined,
      alsoMissingEducation: record && !cme ? this.alsoMissingEducation(record, educationCases) : undefined,
      child: record ? this.child(record) : undefined,
      episode: record ? this.episode(record.episodes.find((e) => e.id === task.episodeId)) : undefined,
      why: decision ? this.why(task, decision) : undefined,
      deadline: this.deadline(task, officers),
      outcome: {
        facts,
        // The summary is the child's own words: compliance-tracker sends it only to CMO and MANAGER.
        summary: task.outcomeSummary ?? undefined,
        nothing: facts.length === 0 && !task.outcomeSummary,
      },
      history: [...history].reverse().map((entry) => historyItem(entry, officers)),
    };
  }

  private cmeCase(cme: CmeCaseSubject) {
    return {
      reference: cme.caseReference,
      href: `/cme/${encodeURIComponent(cme.caseId)}`,
      recordedThere: 'The enquiries and the outcome are recorded on the CME case: this task closes when the case does.',
    };
  }

  private alsoMissingEducation(record: ChildRecord, cases: CmeCaseSummary[]) {
    const open = cases.find((c) => c.status === 'OPEN');
    return open ? { name: record.givenName, reference: open.reference, href: `/cme/${encodeURIComponent(open.id)}`, since: londonDate(open.firstDayMissing) } : undefined;
  }

  private child(record: ChildRecord) {
    const name = childName(record);
    return {
      name,
      href: `/children/${record.id}`,
      rows: [
        { key: 'Name', value: name },
        { key: 'Date of birth', value: `${londonDate(record.dateOfBirth)} (age ${record.ageYears})` },
        { key: 'Care status', value: record.careStatus ? label('careStatus', record.careStatus) : 'Not known' },
        { key: 'Placing authority', value: record.responsibleAuthority ?? 'This council' },
        { key: 'Allocated worker', value: record.allocatedWorker ?? 'Not recorded' },
      ],
      risk: riskTag(record.riskLevel),
      flags: flagTags(record.vulnerabilities),
    };
  }

  private episode(episode: EpisodeRecord | undefined) {
    if (!episode) return undefined;
    const riskChanges = episode.notifications.map((n) => ({ text: `${label('notification', n.type)}: ${label('risk', n.riskLevel).toLowerCase()} risk`, at: londonDateTime(n.occurredAt) }));
    const locations = episode.notifications
      .filter((n) => n.location)
      .map((n) => ({
        text: [n.location?.description, n.location?.postcode].filter(Boolean).join(', '),
        when: `${n.type === 'FOUND' ? 'Found' : 'Last seen'}, ${londonDateTime(n.occurredAt)}`,
      }));
    const found = [...episode.notifications].reverse().find((n) => n.found)?.found;
    return {
      policeReference: episode.policeReference,
      missingFrom: episode.missingFrom ? label('missingFrom', episode.missingFrom) : 'Not known',
      missingSince: episode.missingSince ? londonDateTime(episode.missingSince) : 'Not known',
      foundAt: episode.foundAt ? londonDateTime(episode.foundAt) : undefined,
      duration: durationInWords(episode.durationMinutes) || 'Not known',
      stillMissing: episode.status === 'MISSING',
      risk: riskTag(episode.riskLevel),
      policeRisk: episode.policeRiskLevel !== episode.riskLevel ? `${label('risk', episode.policeRiskLevel)} risk` : undefined,
      riskChanges,
      locations,
      found: found
        ? [
            found.returnedTo ? { key: 'Returned to', value: found.returnedTo } : undefined,
            found.foundBy ? { key: 'Found by', value: found.foundBy } : undefined,
            found.safeAndWellCheckAt ? { key: 'Safe and well check', value: londonDateTime(found.safeAndWellCheckAt) } : undefined,
            found.harmSuffered === null ? undefined : { key: 'Harm suffered', value: found.harmSuffered ? 'Yes' : 'No' },
          ].filter(Boolean)
        : [],
    };
  }

  private why(task: TaskDetailView, decision: DecisionDetail) {
    const asked = decision.rulesFired.filter((r) => task.reasons.includes(r.id));
    return {
      cause: decision.cause,
      decidedAt: londonDateTime(decision.decidedAt),
      rules: (asked.length ? asked : decision.rulesFired).map((r) => r.description),
      otherRules: asked.length ? decision.rulesFired.filter((r) => !task.reasons.includes(r.id)).map((r) => r.description) : [],
      protocol: `${decision.protocolVersion.name ?? 'Protocol'} (version ${decision.protocolVersion.version})`,
    };
  }

  private deadline(task: TaskDetailView, officers: Parameters<typeof actorName>[1]) {
    const rule = task.deadlineRule;
    const reckoned = rule ? `${rule.amount} ${rule.unit === 'WORKING_DAYS' ? (rule.amount === 1 ? 'working day' : 'working days') : rule.amount === 1 ? 'hour' : 'hours'} from ${londonDateTime(task.anchorAt)}` : undefined;
    return {
      reckoned,
      assignee: task.assignee ? actorName(task.assignee, officers) : 'Not claimed',
      claimedAt: task.claimedAt ? londonDateTime(task.claimedAt) : undefined,
      closedAt: task.closedAt ? londonDateTime(task.closedAt) : undefined,
    };
  }
}
