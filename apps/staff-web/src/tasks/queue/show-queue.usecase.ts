import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../../auth/session-user';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import type { OfficerView, TaskPage, TaskView } from '../../data/compliance-tracker.types';
import { ProtocolEngineClient } from '../../data/protocol-engine.client';
import type { ChildSummary } from '../../data/protocol-engine.types';
import { londonDate } from '../../web/date-filters';
import type { FieldError } from '../../web/forms';
import { label, labelOptions } from '../../web/labels';
import { paginationParams } from '../../web/pagination';
import { actorName, childIdsOf, childName, cmeCaseOf, deadlineView, flagTags, responsibleAuthorityInWords, riskTag, statusTag } from '../task-presenters';
import { holdsWork, QueueQuery, queueHref, readQueueQuery, sortHeader, taskListQuery } from './queue-query';
import { mayBePoliceReference, SEARCH_TOO_SHORT } from './queue-search';

export interface ShowQueueCommand {
  user: SessionUser;
  /** The request's query string, as Express parsed it. */
  query: Record<string, unknown>;
}

type Narrowing =
  | { kind: 'none' }
  | { kind: 'reference'; policeReference: string }
  | { kind: 'child'; childId: string }
  | { kind: 'choose'; children: ChildSummary[] }
  | { kind: 'no-child' }
  | { kind: 'invalid'; error: FieldError };

const EMPTY_PAGE = (q: QueueQuery): TaskPage => ({ items: [], total: 0, page: q.page, pageSize: 0, counts: { overdue: 0, dueToday: 0, unclaimed: 0 } });

/**
 * "My work" and the team queue: compliance-tracker's page of tasks and counts, the children
 * behind them from protocol-engine in one call (recorded as a LIST view), the directory's names.
 */
@Injectable()
export class ShowQueue {
  constructor(
    private readonly tasks: ComplianceTrackerClient,
    private readonly children: ProtocolEngineClient,
    private readonly clock: Clock,
  ) {}

  async execute(command: ShowQueueCommand) {
    const { user } = command;
    const q = readQueueQuery(command.query, user.role);
    const [officers, narrowing] = await Promise.all([this.tasks.officers(user.token), this.narrowing(user.token, q)]);
    const listed = narrowing.kind === 'reference' || narrowing.kind === 'child' || narrowing.kind === 'none';
    const narrowedTo = narrowing.kind === 'reference' ? { policeReference: narrowing.policeReference } : narrowing.kind === 'child' ? { childId: narrowing.childId } : {};
    const [page, teamUnclaimed] = await Promise.all([
      listed ? this.tasks.tasks(user.token, taskListQuery(q, user.username, narrowedTo)) : EMPTY_PAGE(q),
      // In "my work" nothing is unclaimed; the team's unclaimed work is the number worth knowing.
      q.view === 'mine' ? this.tasks.tasks(user.token, { open: true, pageSize: 1 }).then((p) => p.counts.unclaimed) : undefined,
    ]);
    const childIds = [...new Set([...childIdsOf(page.items), ...(narrowing.kind === 'child' ? [narrowing.childId] : [])])];
    const children = childIds.length ? await this.children.children(user.token, childIds, 'LIST') : [];
    return this.model(user, q, { page, officers, children, narrowing, unclaimed: teamUnclaimed ?? page.counts.unclaimed });
  }

  private async narrowing(token: string, q: QueueQuery): Promise<Narrowing> {
    if (!q.q) return q.child ? { kind: 'child', childId: q.child } : { kind: 'none' };
    if (q.q.length < 2) return { kind: 'invalid', error: { field: 'q', text: SEARCH_TOO_SHORT } };
    if (mayBePoliceReference(q.q)) {
      const byReference = await this.tasks.tasks(token, { policeReference: q.q, pageSize: 1 });
      if (byReference.total > 0) return { kind: 'reference', policeReference: q.q };
    }
    const found = await this.children.searchChildren(token, q.q);
    if (found.length === 0) return { kind: 'no-child' };
    if (found.length === 1) return { kind: 'child', childId: found[0].id };
    return { kind: 'choose', children: found };
  }

  private model(user: SessionUser, q: QueueQuery, data: { page: TaskPage; officers: OfficerView[]; children: ChildSummary[]; narrowing: Narrowing; unclaimed: number }) {
    const now = this.clock.now();
    const { page, officers, children, narrowing } = data;
    const childById = new Map(children.map((c) => [c.id, c]));
    const canClaim = holdsWork(user.role);
    const pageCount = page.pageSize > 0 ? Math.ceil(page.total / page.pageSize) : 0;
    const filtered = Boolean(q.type || q.status.length || q.assignee || q.priority || q.overdue);
    const narrowedChild = narrowing.kind === 'child' ? childById.get(narrowing.childId) : undefined;

    return {
      pageTitle: q.view === 'mine' ? 'My work' : 'Team queue',
      view: q.view,
      tabs: canClaim
        ? [
            // Two lists, each opened fresh: a filter chosen on one does not silently narrow the other.
            { text: 'My work', href: '/tasks?view=mine', active: q.view === 'mine' },
            { text: 'Team queue', href: '/tasks?view=team', active: q.view === 'team' },
          ]
        : undefined,
      counts: [
        // Each count is of open work in this scope whatever its status or deadline: so are their links.
        { number: page.counts.overdue, text: 'overdue', href: queueHref(q, { overdue: true, status: [] }) },
        { number: page.counts.dueToday, text: 'due today', href: undefined },
        q.view === 'mine'
          ? { number: data.unclaimed, text: 'unclaimed in the team queue', href: queueHref(readQueueQuery({ view: 'team' }, user.role), { assignee: 'none' }) }
          : { number: data.unclaimed, text: 'unclaimed', href: queueHref(q, { assignee: 'none', status: [], overdue: false }) },
      ],
      hidden: { view: q.view, sort: q.sort === 'dueAt' && !q.descending ? undefined : `${q.descending ? '-' : ''}${q.sort}`, child: narrowing.kind === 'child' && !q.q ? narrowing.childId : undefined },
      search: {
        q: q.q,
        errors: narrowing.kind === 'invalid' ? [narrowing.error] : [],
        narrowedTo: narrowedChild
          ? { name: childName(narrowedChild), dateOfBirth: londonDate(narrowedChild.dateOfBirth), recordHref: `/children/${narrowedChild.id}` }
          : undefined,
        reference: narrowing.kind === 'reference' ? narrowing.policeReference : undefined,
        clearHref: queueHref(q, { q: '', child: undefined }),
        noChild: narrowing.kind === 'no-child',
        findChildHref: `/children/search?q=${encodeURIComponent(q.q)}`,
        choices: narrowing.kind === 'choose'
          ? narrowing.children.map((c) => ({ name: childName(c), dateOfBirth: londonDate(c.dateOfBirth), href: queueHref(q, { q: '', child: c.id }) }))
          : undefined,
      },
      filters: this.filters(q, officers, filtered),
      headers: {
        dueAt: sortHeader(q, 'dueAt'),
        type: sortHeader(q, 'type'),
        priority: sortHeader(q, 'priority'),
        assignee: sortHeader(q, 'assignee'),
        status: sortHeader(q, 'status'),
      },
      rows: page.items.map((task) => this.row(task, task.childId ? childById.get(task.childId) : undefined, officers, now, canClaim)),
      total: page.total,
      pageNumber: q.page,
      showing: page.items.length ? { from: (page.page - 1) * page.pageSize + 1, to: (page.page - 1) * page.pageSize + page.items.length } : undefined,
      pagination: paginationParams(q.page, pageCount, (n) => queueHref(q, { page: n }), 'Pages of tasks'),
      empty: page.items.length === 0 && (narrowing.kind === 'none' || narrowing.kind === 'child' || narrowing.kind === 'reference') ? this.emptyText(q, filtered || narrowing.kind !== 'none') : undefined,
      teamHref: queueHref(q, { view: 'team', q: '', child: undefined }),
      returnTo: queueHref(q, { page: q.page }),
    };
  }

  private row(task: TaskView, child: ChildSummary | undefined, officers: OfficerView[], now: Date, canClaim: boolean) {
    const cme = cmeCaseOf(task);
    const name = cme ? 'Children missing education' : child ? childName(child) : 'Child not known';
    const type = label('taskType', task.type);
    const reference = cme ? cme.caseReference : (task.policeReference ?? 'Police reference not known');
    return {
      id: task.id,
      href: `/tasks/${task.id}`,
      childName: name,
      // Link and button texts must be unique on the page: the child, the work, the episode or case.
      context: `${type.toLowerCase()}, ${reference}`,
      age: child?.ageYears != null ? `Age ${child.ageYears}` : undefined,
      type,
      policeReference: cme ? undefined : reference,
      // A CME task has no child record here: its case, in education-referrals, is where the child is.
      cmeCase: cme ? { reference: cme.caseReference, href: `/cme/${encodeURIComponent(cme.caseId)}` } : undefined,
      priority: task.priority === 'NORMAL' ? { text: label('priority', task.priority) } : { text: label('priority', task.priority), tag: task.priority === 'URGENT' ? 'govuk-tag--red' : 'govuk-tag--orange' },
      risk: riskTag(child?.riskLevel),
      flags: flagTags(child?.vulnerabilities, { short: true }),
      careStatus: cme ? undefined : child?.careStatus ? label('careStatus', child.careStatus) : 'Not known',
      responsibleAuthority: responsibleAuthorityInWords(task.responsibleAuthority),
      assignee: task.assignee ? actorName(task.assignee, officers) : undefined,
      deadline: deadlineView(task, now),
      status: statusTag(task.status),
      claimable: canClaim && task.status === 'OPEN',
    };
  }

  private emptyText(q: QueueQuery, narrowed: boolean): string {
    if (narrowed) return 'No work matches this search and these filters.';
    return q.view === 'mine' ? 'You have no open work.' : 'There is no open work in the team queue.';
  }

  private filters(q: QueueQuery, officers: OfficerView[], filtered: boolean) {
    const remove = (changes: Partial<QueueQuery>) => queueHref(q, changes);
    const categories = [
      q.type ? { heading: { text: 'Type' }, items: [{ text: label('taskType', q.type), href: remove({ type: undefined }) }] } : undefined,
      q.status.length ? { heading: { text: 'Status' }, items: q.status.map((s) => ({ text: label('taskStatus', s), href: remove({ status: q.status.filter((x) => x !== s) }) })) } : undefined,
      q.assignee ? { heading: { text: 'Who has it' }, items: [{ text: q.assignee === 'none' ? 'Not claimed' : actorName(q.assignee, officers), href: remove({ assignee: undefined }) }] } : undefined,
      q.priority ? { heading: { text: 'Priority' }, items: [{ text: label('priority', q.priority), href: remove({ priority: undefined }) }] } : undefined,
      q.overdue ? { heading: { text: 'Deadline' }, items: [{ text: 'Overdue', href: remove({ overdue: false }) }] } : undefined,
    ].filter(Boolean);
    const anyOption = (text: string) => ({ value: '', text });
    const choose = (value: string, items: { value: string; text: string }[]) => ({ value, items: items.map((i) => ({ ...i, checked: i.value === value })) });
    return {
      selected: filtered ? { categories, clearHref: remove({ type: undefined, status: [], assignee: undefined, priority: undefined, overdue: false }) } : undefined,
      startOpen: filtered,
      type: choose(q.type ?? '', [anyOption('Any type'), ...labelOptions('taskType')]),
      status: { items: labelOptions('taskStatus').map((i) => ({ ...i, checked: q.status.includes(i.value) })) },
      // Mine is mine: who has it is a filter of the team queue.
      assignee: q.view === 'team'
        ? choose(q.assignee ?? '', [
            anyOption('Anyone'),
            { value: 'none', text: 'Not claimed' },
            ...officers.filter((o) => !o.disabled && (o.role === 'CMO' || o.role === 'MANAGER')).map((o) => ({ value: o.username, text: o.displayName || o.username })),
          ])
        : undefined,
      priority: choose(q.priority ?? '', [anyOption('Any priority'), ...labelOptions('priority')]),
      overdue: q.overdue,
    };
  }
}
