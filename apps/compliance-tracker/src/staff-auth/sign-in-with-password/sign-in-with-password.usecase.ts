import { Clock } from '@homeward/contracts';
import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IssueStaffToken, IssueStaffTokenCommand, StaffTokenView } from '../issue-staff-token';
import { Officer } from '../officer.entity';
import { hashPassword, signInPaused, verifyPassword } from '../passwords';
import { SignInWithPasswordCommand } from './sign-in-with-password.command';

export const SIGN_IN_REFUSED = 'the username or password is not right';

/**
 * Password sign-in. Every refusal is the same 401 and costs the same scrypt: an unknown
 * username, a wrong password, a disabled officer, an officer with no password here, or one
 * in the back-off after wrong passwords all look alike, so the answer says nothing about who
 * exists. Only a wrong password for a live officer counts towards the back-off.
 */
@Injectable()
export class SignInWithPassword {
  private readonly logger = new Logger('SignInWithPassword');
  /** Checked against when there is no real hash, so a refusal takes as long either way. */
  private decoy?: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly issueStaffToken: IssueStaffToken,
  ) {}

  async execute(command: SignInWithPasswordCommand): Promise<StaffTokenView> {
    const now = this.clock.now();
    const officer = await this.dataSource.getRepository(Officer).findOne({ where: { username: command.username } });
    const refusal = this.refusalBeforeChecking(officer, now);
    const hash = refusal || !officer?.passwordHash ? await (this.decoy ??= hashPassword(randomBytes(16).toString('hex'))) : officer.passwordHash;
    const matches = await verifyPassword(command.password, hash);

    if (!officer || refusal || !matches) {
      if (officer && !refusal) await this.dataSource.query(`UPDATE officers SET failed_sign_ins = failed_sign_ins + 1, last_failed_sign_in_at = $2 WHERE id = $1`, [officer.id, now]);
      // Only a known username is logged: people type their password into the username field.
      this.logger.log({ username: officer?.username, reason: refusal ?? 'wrong-password' }, 'password sign-in refused');
      throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: SIGN_IN_REFUSED });
    }
    const { id, username, role, displayName, failedSignIns } = officer;
    if (failedSignIns > 0) await this.dataSource.query(`UPDATE officers SET failed_sign_ins = 0, last_failed_sign_in_at = NULL WHERE id = $1`, [id]);
    return this.issueStaffToken.execute(IssueStaffTokenCommand.create({ actor: { id, username, role, displayName }, correlationId: command.correlationId }));
  }

  /** Why the password is not even looked at, or undefined when it is. */
  private refusalBeforeChecking(officer: Officer | null, now: Date): string | undefined {
    if (!officer) return 'unknown-username';
    if (officer.disabledAt) return 'disabled';
    if (!officer.passwordHash) return 'no-password';
    if (signInPaused(officer.failedSignIns, officer.lastFailedSignInAt, now)) return 'backing-off';
    return undefined;
  }
}
