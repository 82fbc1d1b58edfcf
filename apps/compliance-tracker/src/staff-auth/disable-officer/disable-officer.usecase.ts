import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DisableOfficerCommand } from './disable-officer.command';

/**
 * Disables an officer at once: their key, password, identity-provider sign-in and every staff
 * token already issued stop working here (other services refuse their tokens at expiry; the
 * staff-web session ends at its next refresh). Their history stays theirs.
 */
@Injectable()
export class DisableOfficer {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: DisableOfficerCommand): Promise<{ username: string; disabledAt: string }> {
    const [rows] = (await this.dataSource.query(
      `UPDATE officers SET disabled_at = COALESCE(disabled_at, $2) WHERE username = $1 RETURNING disabled_at AS "disabledAt"`,
      [command.username, command.at],
    )) as [{ disabledAt: Date }[], number];
    if (rows.length === 0) throw new Error(`no officer ${command.username}`);
    return { username: command.username, disabledAt: rows[0].disabledAt.toISOString() };
  }
}
