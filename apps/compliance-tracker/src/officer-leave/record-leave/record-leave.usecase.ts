import { Clock } from '@homeward/contracts';
import { FieldProblem, UnitOfWork, validationFailed } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { Officer } from '../../staff-auth/officer.entity';
import { LeaveAlarm } from '../leave-alarm';
import { appendLeaveAudit } from '../leave-audit';
import { refuseOverlappingLeave } from '../leave-overlap';
import { readLeave } from '../leave-reader';
import { LeaveView } from '../leave.view';
import { RecordLeaveCommand } from './record-leave.command';

/** Records an officer's leave and sets the alarm that hands their tasks over at its start. */
@Injectable()
export class RecordLeave {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly alarm: LeaveAlarm,
    private readonly clock: Clock,
  ) {}

  async execute(command: RecordLeaveCommand): Promise<LeaveView> {
    const leave = await this.unitOfWork.run((em) => this.record(em, command));
    // Only once committed: the alarm must never wake for leave that does not exist.
    await this.alarm.setAfterCommit({ id: leave.id, startsAt: new Date(leave.startsAt) });
    return leave;
  }

  private async record(em: EntityManager, command: RecordLeaveCommand): Promise<LeaveView> {
    const now = this.clock.now();
    const officer = await em.findOneBy(Officer, { username: command.officer, disabledAt: IsNull() });
    const cover = command.cover ? await em.findOneBy(Officer, { username: command.cover, disabledAt: IsNull() }) : null;
    const problems: FieldProblem[] = [];
    if (!officer) problems.push({ field: 'officer', reason: `no active officer ${command.officer}` });
    if (command.cover && !cover) problems.push({ field: 'cover', reason: `no active officer ${command.cover}` });
    if (!officer || problems.length > 0) throw validationFailed(problems);
    await refuseOverlappingLeave(em, officer, command);
    const id = randomUUID();
    await em.query(
      `INSERT INTO officer_leave (id, officer_id, starts_at, ends_at, cover_officer_id, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, officer.id, command.startsAt, command.endsAt, cover?.id ?? null, command.recordedBy.username, now],
    );
    await appendLeaveAudit(em, {
      leaveId: id,
      at: now,
      actor: command.recordedBy.username,
      action: 'RECORDED',
      detail: { startsAt: command.startsAt.toISOString(), endsAt: command.endsAt.toISOString(), cover: cover?.username ?? null },
    });
    return readLeave(em, id, now);
  }
}
