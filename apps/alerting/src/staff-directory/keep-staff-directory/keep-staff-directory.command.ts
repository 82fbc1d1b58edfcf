import { EventEnvelope, LeaveChangedV1, OfficerChangedV1, Topics } from '@homeward/contracts';
import { PoisonMessageError } from '@homeward/platform';

export type DirectoryChange = { kind: 'officer'; officer: OfficerChangedV1 } | { kind: 'leave'; leave: LeaveChangedV1 };

const instant = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** compliance-tracker says how an officer, or a leave, now stands. */
export class KeepStaffDirectoryCommand {
  private constructor(
    readonly messageId: string,
    readonly change: DirectoryChange,
  ) {}

  static create(topic: string, envelope: EventEnvelope): KeepStaffDirectoryCommand {
    if (topic === Topics.officerChanged) {
      const o = envelope.data as Partial<OfficerChangedV1>;
      if (!o.username || typeof o.displayName !== 'string' || typeof o.disabled !== 'boolean' || !instant(o.changedAt)) {
        throw new PoisonMessageError(`officer-changed ${envelope.id} lacks the officer, their state or changedAt`);
      }
      return new KeepStaffDirectoryCommand(envelope.id, { kind: 'officer', officer: envelope.data as OfficerChangedV1 });
    }
    if (topic === Topics.leaveChanged) {
      const l = envelope.data as Partial<LeaveChangedV1>;
      if (!l.leaveId || !l.officer || !instant(l.startsAt) || !instant(l.endsAt) || typeof l.cancelled !== 'boolean' || !instant(l.changedAt)) {
        throw new PoisonMessageError(`leave-changed ${envelope.id} lacks the leave, its dates or changedAt`);
      }
      return new KeepStaffDirectoryCommand(envelope.id, { kind: 'leave', leave: envelope.data as LeaveChangedV1 });
    }
    throw new PoisonMessageError(`no staff directory change on topic ${topic}`);
  }
}
