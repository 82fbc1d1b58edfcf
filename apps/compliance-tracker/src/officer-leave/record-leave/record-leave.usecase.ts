import { Clock } from '@homeward/contracts';
import { FieldProblem, UnitOfWork, validationFailed, WakeUps } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { Officer } from '../../staff-auth/officer.entity';
import { LeaveAnnouncer } from '../leave-announcer';
import { appendLeaveAudit } from '../leave-audit';
import { refuseOverlappingLeave } from '../leave-overlap';
import { readLeave } from '../leave-reader';
import { LeaveView } from '../leave.view';
import { leaveStartWakeUp } from '../start-leave/leave-start.wake-up';
import { RecordLeaveCommand } from './record-leave.command';

/** Records an officer's leave and the wake-up that hands their tasks over at its start. */
@Injectable()
export class RecordLeave {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly wakeUps: WakeUps,
    private readonly announcer: LeaveAnnouncer,
    private readonly clock: Clock,
  ) {}

  execute(command: RecordLeaveCommand): Promise<LeaveView> {
    return this.unitOfWork.run((em) => this.record(em, command));
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
    await this.wakeUps.schedule(em, leaveStartWakeUp({ id, startsAt: command.startsAt }));
    await appendLeaveAudit(em, {
      leaveId: id,
      at: now,
      actor: command.recordedBy.username,
      action: 'RECORDED',
      detail: { startsAt: command.startsAt.toISOString(), endsAt: command.endsAt.toISOString(), cover: cover?.username ?? null },
    });
    return this.announcer.announce(em, await readLeave(em, id, now), now);
  }
}
