import { UnitOfWork } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { OfficerAnnouncer } from '../officer-announcer';
import { DisableOfficerCommand } from './disable-officer.command';

/**
 * Disables an officer at once: their key, password, identity-provider sign-in and every staff
 * token already issued stop working here (other services refuse their tokens at expiry; the
 * staff-web session ends at its next refresh). Their history stays theirs. A rung of the
 * escalation ladder is given up: escalations must name someone at work.
 */
@Injectable()
export class DisableOfficer {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly announcer: OfficerAnnouncer,
  ) {}

  execute(command: DisableOfficerCommand): Promise<{ username: string; disabledAt: string }> {
    return this.unitOfWork.run(async (em) => {
      const [rows] = (await em.query(
        `UPDATE officers SET disabled_at = COALESCE(disabled_at, $2), ladder_role = NULL WHERE username = $1 RETURNING disabled_at AS "disabledAt"`,
        [command.username, command.at],
      )) as [{ disabledAt: Date }[], number];
      if (rows.length === 0) throw new Error(`no officer ${command.username}`);
      await this.announcer.announce(em, [command.username], command.at);
      return { username: command.username, disabledAt: rows[0].disabledAt.toISOString() };
    });
  }
}
