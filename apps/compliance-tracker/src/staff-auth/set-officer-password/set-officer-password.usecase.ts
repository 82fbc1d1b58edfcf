import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword } from '../passwords';
import { SetOfficerPasswordCommand } from './set-officer-password.command';

/** Replaces an officer's password and clears their wrong-password count; the old one stops working. */
@Injectable()
export class SetOfficerPassword {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: SetOfficerPasswordCommand): Promise<{ username: string; passwordSet: true }> {
    const passwordHash = await hashPassword(command.password);
    const [rows] = (await this.dataSource.query(
      `UPDATE officers SET password_hash = $2, failed_sign_ins = 0, last_failed_sign_in_at = NULL WHERE username = $1 RETURNING id`,
      [command.username, passwordHash],
    )) as [unknown[], number];
    if (rows.length === 0) throw new Error(`no officer ${command.username}`);
    return { username: command.username, passwordSet: true };
  }
}
