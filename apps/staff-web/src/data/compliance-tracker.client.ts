import { Injectable } from '@nestjs/common';
import { StaffWebConfig } from '../staff-web.config';
import { ApiClient } from './api-client';
import type {
  ComplianceFigures,
  EpisodeWork,
  LeaveChange,
  LeaveDetailView,
  LeavePage,
  LeaveView,
  NewLeave,
  OfficerView,
  RecordOutcomeBody, StaffTokenView,
  TaskDetailView,
  TaskHistoryEntry,
  TaskListQuery,
  TaskOutcome,
  TaskPage,
} from './compliance-tracker.types';

/** compliance-tracker: the staff directory (sign-in, tokens), tasks, leave, compliance figures. */
@Injectable()
export class ComplianceTrackerClient {
  private readonly api: ApiClient;

  constructor(config: StaffWebConfig) {
    this.api = new ApiClient('compliance-tracker', config.complianceTrackerUrl, config.apiTimeoutMs);
  }

  /** 401 (ApiProblem) for a wrong username or password, whichever it was. */
  createSession(username: string, password: string): Promise<StaffTokenView> {
    return this.api.post('/v1/staff/sessions', { body: { username, password } });
  }

  /**
   * A staff token for the person the council's identity provider signed in (its ID token):
   * ApiProblem 403 when none of their groups maps to a role, 401 when the token is not accepted
   * or the officer is disabled, 404 when compliance-tracker has no OIDC_ISSUER_URL.
   */
  createOidcSession(idToken: string): Promise<StaffTokenView> {
    return this.api.post('/v1/staff/oidc-sessions', { body: { idToken } });
  }

  /** A fresh token for the current one; SessionExpired if the officer is disabled. */
  refreshToken(token: string): Promise<StaffTokenView> {
    return this.api.post('/v1/staff/token', { token });
  }

  /** The queue page: filters, sort and paging as compliance-tracker takes them, with its counts. */
  tasks(token: string, query: TaskListQuery): Promise<TaskPage> {
    return this.api.get('/v1/tasks', { token, query: { ...query } });
  }

  task(token: string, id: string): Promise<TaskDetailView> {
    return this.api.get(`/v1/tasks/${encodeURIComponent(id)}`, { token });
  }

  taskHistory(token: string, id: string): Promise<TaskHistoryEntry[]> {
    return this.api.get(`/v1/tasks/${encodeURIComponent(id)}/history`, { token });
  }

  /** 409 (ApiProblem) when the task is no longer open, or the officer is on leave without cover. */
  claimTask(token: string, id: string): Promise<{ id: string; status: 'CLAIMED'; assignee: string }> {
    return this.api.post(`/v1/tasks/${encodeURIComponent(id)}/claim`, { token });
  }

  /** POST /v1/tasks/{id}/reassign (MANAGER): 400 for an officer who cannot hold work, 409 closed, theirs already or on leave without cover. */
  reassignTask(token: string, id: string, officer: string): Promise<{ id: string; status: string; assignee: string }> {
    return this.api.post(`/v1/tasks/${encodeURIComponent(id)}/reassign`, { token, body: { officer } });
  }

  /** POST /v1/tasks/{id}/unclaim: a manager, or the CMO holding it. */
  unclaimTask(token: string, id: string): Promise<{ id: string; status: string; assignee: null }> {
    return this.api.post(`/v1/tasks/${encodeURIComponent(id)}/unclaim`, { token });
  }

  /** POST /v1/tasks/{id}/cancel (MANAGER), with one of compliance-tracker's CancelReasons. */
  cancelTask(token: string, id: string, reason: string): Promise<{ id: string; status: 'CANCELLED' }> {
    return this.api.post(`/v1/tasks/${encodeURIComponent(id)}/cancel`, { token, body: { reason } });
  }

  /** 400 with `problems` for a field refused, 409 when the outcome is not allowed in the task's state. */
  recordOutcome(token: string, id: string, body: RecordOutcomeBody): Promise<{ id: string; status: string; outcome: TaskOutcome }> {
    return this.api.post(`/v1/tasks/${encodeURIComponent(id)}/outcome`, { token, body });
  }

  officers(token: string): Promise<OfficerView[]> {
    return this.api.get('/v1/officers', { token });
  }

  /** The Board's figures for London dates (YYYY-MM-DD, both included), with each London month. */
  complianceFigures(token: string, period: { from: string; to: string }): Promise<ComplianceFigures> {
    return this.api.get('/v1/compliance', { token, query: period });
  }

  /** Leave, latest start first: a manager's holds everyone's, a CMO's only their own. */
  leave(token: string, query: { officer?: string; activeAt?: string; page?: number; pageSize?: number } = {}): Promise<LeavePage> {
    return this.api.get('/v1/leave', { token, query });
  }

  /** One leave with the tasks it moved and its changes; 404 (ApiProblem), 403 for a CMO's colleague's. */
  leaveDetail(token: string, id: string): Promise<LeaveDetailView> {
    return this.api.get(`/v1/leave/${encodeURIComponent(id)}`, { token });
  }

  /** 400 with `problems` (officer, cover, endsAt), 409 when it overlaps the officer's other leave. */
  recordLeave(token: string, leave: NewLeave): Promise<LeaveView> {
    return this.api.post('/v1/leave', { token, body: leave });
  }

  /** Dates or cover (`coverUsername: null`: the team queue); 400 with `problems`, 409 when ended, cancelled or overlapping. */
  changeLeave(token: string, id: string, change: LeaveChange): Promise<LeaveView> {
    return this.api.patch(`/v1/leave/${encodeURIComponent(id)}`, { token, body: change });
  }

  /** Before its start nothing moves; during it, it ends now. 409 when already cancelled or ended. */
  cancelLeave(token: string, id: string): Promise<LeaveView> {
    return this.api.post(`/v1/leave/${encodeURIComponent(id)}/cancel`, { token });
  }

  /** The Board's figures with each period's RHIs split into ours and placed here by another authority (`homeAuthority`: this authority's code). */
  complianceFiguresByResponsibility(token: string, query: { from: string; to: string; homeAuthority: string }): Promise<import('./compliance-tracker.types').ComplianceFiguresByResponsibility> {
    return this.api.get('/v1/compliance', { token, query });
  }

  /** Each episode's latest RHI and its other open work, for any number of episodes (asked 100 at a time); episodes with no work are left out. */
  async episodeWork(token: string, episodeIds: readonly string[]): Promise<EpisodeWork[]> {
    const batches: string[][] = [];
    for (let i = 0; i < episodeIds.length; i += 100) batches.push(episodeIds.slice(i, i + 100));
    const answers = await Promise.all(batches.map((ids) => this.api.get<EpisodeWork[]>('/v1/episode-work', { token, query: { episodeIds: ids } })));
    return answers.flat();
  }
}
