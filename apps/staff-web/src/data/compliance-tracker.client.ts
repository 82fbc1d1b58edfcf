import { Injectable } from '@nestjs/common';
import { StaffWebConfig } from '../staff-web.config';
import { ApiClient } from './api-client';
import type { OfficerView, RecordOutcomeBody, StaffTokenView, TaskDetailView, TaskHistoryEntry, TaskListQuery, TaskOutcome, TaskPage } from './compliance-tracker.types';

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

  /** 400 with `problems` for a field refused, 409 when the outcome is not allowed in the task's state. */
  recordOutcome(token: string, id: string, body: RecordOutcomeBody): Promise<{ id: string; status: string; outcome: TaskOutcome }> {
    return this.api.post(`/v1/tasks/${encodeURIComponent(id)}/outcome`, { token, body });
  }

  officers(token: string): Promise<OfficerView[]> {
    return this.api.get('/v1/officers', { token });
  }
}
