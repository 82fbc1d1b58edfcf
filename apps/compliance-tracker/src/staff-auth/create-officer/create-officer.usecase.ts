import { Clock } from '@homeward/contracts';
import { UnitOfWork } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OfficerAnnouncer } from '../officer-announcer';
import { hashOfficerKey, newOfficerKey } from '../officer-key';
import { LadderRole, Officer, OfficerRole } from '../officer.entity';
import { hashPassword } from '../passwords';
import { CreateOfficerCommand } from './create-officer.command';

export interface CreatedOfficer {
  id: string;
  username: string;
  role: OfficerRole;
  displayName: string;
  /** Present when the officer holds a rung of the escalation ladder. */
  ladderRole?: LadderRole;
  /** Shown once, at creation; only its hash is kept. Absent when no key was issued. */
  key?: string;
}

/**
 * Creates an officer, or gives an existing username a new role (and a new key, password, name or
 * rung of the escalation ladder when given; an old key stops working), enabled again. Whoever
 * held the rung before gives it up. Each officer changed is announced (officer-changed).
 */
@Injectable()
export class CreateOfficer {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly announcer: OfficerAnnouncer,
    private readonly clock: Clock,
  ) {}

  async execute(command: CreateOfficerCommand): Promise<CreatedOfficer> {
    const key = command.key === 'none' ? undefined : command.key === 'generate' ? newOfficerKey() : command.key.given;
    const passwordHash = command.password === undefined ? null : await hashPassword(command.password);
    const rung = command.ladderRole === 'none' ? null : (command.ladderRole ?? null);
    return this.unitOfWork.run(async (em) => {
      const [previous] = rung
        ? ((await em.query(`UPDATE officers SET ladder_role = NULL WHERE ladder_role = $1 AND username <> $2 RETURNING username`, [rung, command.username])) as [{ username: string }[], number])
        : [[]];
      const [row] = (await em.query(
        `INSERT INTO officers (id, username, display_name, role, key_hash, key_prefix, password_hash, ladder_role)
         VALUES ($1, $2, COALESCE($3::text, $2), $4, $5, $6, $7, $8)
         ON CONFLICT (username) DO UPDATE SET
           role = EXCLUDED.role,
           display_name = COALESCE($3::text, officers.display_name),
           key_hash = COALESCE(EXCLUDED.key_hash, officers.key_hash),
           key_prefix = COALESCE(EXCLUDED.key_prefix, officers.key_prefix),
           password_hash = COALESCE(EXCLUDED.password_hash, officers.password_hash),
           failed_sign_ins = CASE WHEN EXCLUDED.password_hash IS NULL THEN officers.failed_sign_ins ELSE 0 END,
           -- Given: the rung as given. Not given: kept, unless no longer a manager or coming back
           -- from disabled (someone else may hold it now).
           ladder_role = CASE WHEN EXCLUDED.role <> 'MANAGER' THEN NULL WHEN $9::boolean THEN EXCLUDED.ladder_role
                              WHEN officers.disabled_at IS NOT NULL THEN NULL ELSE officers.ladder_role END,
           disabled_at = NULL
         RETURNING id, display_name AS "displayName", ladder_role AS "ladderRole"`,
        [randomUUID(), command.username, command.displayName ?? null, command.role, key ? hashOfficerKey(key) : null, key?.slice(0, 10) ?? null, passwordHash, rung, command.ladderRole !== undefined],
      )) as Pick<Officer, 'id' | 'displayName' | 'ladderRole'>[];
      await this.announcer.announce(em, [command.username, ...previous.map((p) => p.username)], this.clock.now());
      return { id: row.id, username: command.username, role: command.role, displayName: row.displayName, ...(row.ladderRole ? { ladderRole: row.ladderRole } : {}), ...(key ? { key } : {}) };
    });
  }
}
