import { Clock } from '@homeward/contracts';
import { FieldProblem, UnitOfWork, validationFailed } from '@homeward/platform';
import { ConflictException, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { Officer } from '../../staff-auth/officer.entity';
import { LeaveAlarm } from '../leave-alarm';
import { LEAVE_SELECT, LeaveRow, LeaveView, toLeaveView } from '../leave.view';
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
    const officer = await em.findOneBy(Officer, { username: command.officer, disabledAt: IsNull() });
    const cover = command.cover ? await em.findOneBy(Officer, { username: command.cover, disabledAt: IsNull() }) : null;
    const problems: FieldProblem[] = [];
    if (!officer) problems.push({ field: 'officer', reason: `no active officer ${command.officer}` });
    if (command.cover && !cover) problems.push({ field: 'cover', reason: `no active officer ${command.cover}` });
    if (!officer || problems.length > 0) throw validationFailed(problems);
    // Serialises leave recorded for the same officer, so two overlapping periods cannot both pass the check.
    await em.query(`SELECT id FROM officers WHERE id = $1 FOR UPDATE`, [officer.id]);
    const [overlap] = (await em.query(
      `SELECT id FROM officer_leave WHERE officer_id = $1 AND starts_at < $3 AND ends_at > $2 LIMIT 1`,
      [officer.id, command.startsAt, command.endsAt],
    )) as { id: string }[];
    if (overlap) throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `${command.officer} already has leave ${overlap.id} in that period`, leaveId: overlap.id });
    const id = randomUUID();
    await em.query(
      `INSERT INTO officer_leave (id, officer_id, starts_at, ends_at, cover_officer_id, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, officer.id, command.startsAt, command.endsAt, cover?.id ?? null, command.recordedBy.username, this.clock.now()],
    );
    const [row] = (await em.query(`${LEAVE_SELECT} WHERE l.id = $1`, [id])) as LeaveRow[];
    return toLeaveView(row);
  }
}
