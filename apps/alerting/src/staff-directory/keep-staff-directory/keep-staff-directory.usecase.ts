import { Inbox } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { KeepStaffDirectoryCommand } from './keep-staff-directory.command';

const CONSUMER = 'alerting.keep-staff-directory';

/**
 * Keeps alerting's copy of the staff directory and of leave, once per message; a change older
 * than the one kept (a late redelivery) leaves the newer in place.
 */
@Injectable()
export class KeepStaffDirectory {
  constructor(private readonly inbox: Inbox) {}

  async execute(command: KeepStaffDirectoryCommand): Promise<void> {
    const { change } = command;
    await this.inbox.processOnce(CONSUMER, command.messageId, async (em) => {
      if (change.kind === 'officer') {
        const o = change.officer;
        await em.query(
          `INSERT INTO staff_directory (username, display_name, role, ladder_role, disabled, changed_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name, role = EXCLUDED.role, ladder_role = EXCLUDED.ladder_role,
             disabled = EXCLUDED.disabled, changed_at = EXCLUDED.changed_at
           WHERE staff_directory.changed_at <= EXCLUDED.changed_at`,
          [o.username, o.displayName, o.role, o.ladderRole, o.disabled, o.changedAt],
        );
        return;
      }
      const l = change.leave;
      await em.query(
        `INSERT INTO staff_leave (leave_id, officer, cover, starts_at, ends_at, cancelled, changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (leave_id) DO UPDATE SET officer = EXCLUDED.officer, cover = EXCLUDED.cover, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
           cancelled = EXCLUDED.cancelled, changed_at = EXCLUDED.changed_at
         WHERE staff_leave.changed_at <= EXCLUDED.changed_at`,
        [l.leaveId, l.officer, l.cover, l.startsAt, l.endsAt, l.cancelled, l.changedAt],
      );
    });
  }
}
