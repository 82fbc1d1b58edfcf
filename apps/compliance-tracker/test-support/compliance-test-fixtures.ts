/**
 * Builders and probes the compliance-tracker's integration specs share. Plain code (no test
 * framework): it reads the app's own tables to count effects.
 */
import { CmeCaseClosedV1, CmeTasksRequiredV1, CmeTaskType, DecisionMadeV1, RequiredAction } from '@homeward/contracts';
import { QueueFactory, wakeUpJobId, wakeUpQueue } from '@homeward/platform';
import { waitFor } from '@homeward/testing';
import { INestApplication } from '@nestjs/common';
import type { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CreateOfficer, CreateOfficerCommand } from '../src/staff-auth/create-officer';
import type { OfficerRole } from '../src/staff-auth/officer.entity';

/** A FOUND decision asking for one return interview due 72 clock hours after `foundAt`. */
export function returnInterviewDecision(foundAt: Date, extra: Partial<RequiredAction> = {}): DecisionMadeV1 {
  const decisionId = randomUUID();
  return {
    decisionId,
    notificationId: `N-${decisionId.slice(0, 8)}`,
    ingestId: randomUUID(),
    force: 'TEST-FORCE',
    childId: randomUUID(),
    episodeId: randomUUID(),
    policeReference: `REF-${decisionId.slice(0, 8)}`,
    riskLevel: 'LOW',
    protocolVersion: 'test',
    decidedAt: foundAt.toISOString(),
    requiredActions: [
      {
        actionKey: `${decisionId}:rhi`,
        taskType: 'RETURN_INTERVIEW',
        priority: 'NORMAL',
        deadline: { unit: 'CLOCK_HOURS', amount: 72 },
        anchorAt: foundAt.toISOString(),
        responsibleAuthority: null,
        reasons: ['return-interview'],
        ...extra,
      },
    ],
    firedRules: [{ ruleId: 'return-interview', reason: 'found' }],
    alerts: [],
  };
}

const DAY = 24 * 3_600_000;

/** A CME case's request for its enquiries (due in 10 days) or the given tasks, with fresh ids and a fresh case reference. */
export function cmeTasksRequired(requestedAt: Date, tasks: { type: CmeTaskType; dueInDays: number }[] = [{ type: 'CME_ENQUIRIES', dueInDays: 10 }]): CmeTasksRequiredV1 {
  const caseId = randomUUID();
  return {
    caseId,
    childKey: randomUUID().replace(/-/g, ''),
    caseReference: `CME-2026-${String(parseInt(caseId.slice(0, 8), 16) % 1_000_000).padStart(6, '0')}`,
    source: 'SCHOOL_DELETION_RETURN',
    tasks: tasks.map((t) => ({ type: t.type, dueAt: new Date(requestedAt.getTime() + t.dueInDays * DAY).toISOString() })),
    requestedAt: requestedAt.toISOString(),
  };
}

/** The same case's closure. */
export function cmeCaseClosed(request: CmeTasksRequiredV1, closedAt: Date, outcome: CmeCaseClosedV1['outcome'] = 'ON_ROLL_ELSEWHERE'): CmeCaseClosedV1 {
  return { caseId: request.caseId, childKey: request.childKey, caseReference: request.caseReference, outcome, closedAt: closedAt.toISOString(), schoolDaysMissing: 4 };
}

/** A fresh officer of the role, with the bearer header value for their key. */
export async function newOfficer(app: INestApplication, role: OfficerRole): Promise<{ id: string; username: string; auth: string }> {
  const { id, username, key } = await app.get(CreateOfficer).execute(CreateOfficerCommand.create({ username: `${role.toLowerCase().replace('_', '-')}-${randomUUID().slice(0, 8)}`, role }));
  return { id, username, auth: `Bearer ${key}` };
}

/** A fresh officer of the role; returns the bearer header value. */
export async function officerAuth(app: INestApplication, role: OfficerRole): Promise<string> {
  return (await newOfficer(app, role)).auth;
}

export interface TaskRow {
  id: string;
  status: string;
  due_at: Date;
  deadline_version: number;
}

export async function tasksOf(app: INestApplication, policeReference: string): Promise<TaskRow[]> {
  return app.get(DataSource).query(`SELECT id, status, due_at, deadline_version FROM tasks WHERE police_reference = $1`, [policeReference]);
}

/** A CME case's tasks, by type. */
export async function cmeTasksOf(app: INestApplication, caseId: string): Promise<(TaskRow & { type: string })[]> {
  return app.get(DataSource).query(`SELECT id, type, status, due_at, deadline_version FROM tasks WHERE cme_case_id = $1 ORDER BY type`, [caseId]);
}

/** The event payloads written to the outbox for one task on one topic. */
export async function outboxEvents<T = Record<string, unknown>>(app: INestApplication, topic: string, taskId: string): Promise<T[]> {
  const rows: { payload: { data: T } }[] = await app.get(DataSource).query(
    `SELECT payload FROM outbox WHERE topic = $1 AND aggregate_id = $2 ORDER BY id`,
    [topic, taskId],
  );
  return rows.map((r) => r.payload.data);
}

/** A wake-up's BullMQ job, while Redis holds it (deadline steps: `deadline-<step>`, the task, its deadline version). */
export function wakeUpJob(app: INestApplication, kind: string, subjectId: string, version: number): Promise<Job | undefined> {
  return app.get(QueueFactory).queue(wakeUpQueue(kind)).getJob(wakeUpJobId(kind, subjectId, version));
}

/** The wake-up's job once armed: arming follows the task's commit, so a test that has just seen the task waits for it. */
export function armedWakeUp(app: INestApplication, kind: string, subjectId: string, version: number): Promise<Job> {
  return waitFor(() => wakeUpJob(app, kind, subjectId, version), { timeoutMs: 10_000, description: `wake-up ${kind} of ${subjectId} armed` });
}
