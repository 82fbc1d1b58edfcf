import { Clock } from '@homeward/contracts';
import { UnitOfWork, validationFailed } from '@homeward/platform';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Not } from 'typeorm';
import { ActiveProtocol } from '../active-protocol';
import { ProtocolVersion } from '../protocol-version.entity';
import { ActivateVersionCommand } from './activate-version.command';

/**
 * Activates a draft from effectiveFrom (default: now). No back-dating: decisions already made
 * stay explained by the version that made them. The version it takes over from is RETIRED
 * from that instant on and still decides for events that happened before it.
 */
@Injectable()
export class ActivateVersion {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly activeProtocol: ActiveProtocol,
    private readonly clock: Clock,
  ) {}

  async execute(command: ActivateVersionCommand): Promise<ProtocolVersion> {
    const now = this.clock.now();
    const effectiveFrom = command.effectiveFrom ?? now;
    if (effectiveFrom < now) throw validationFailed([{ field: 'effectiveFrom', reason: 'must not be in the past' }]);

    const activated = await this.unitOfWork.run(async (em) => {
      // One activation at a time, so "the latest version" cannot change under us.
      await em.query(`LOCK TABLE protocol_versions IN SHARE ROW EXCLUSIVE MODE`);
      const version = await em.findOne(ProtocolVersion, { where: { id: command.versionId } });
      if (!version) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'no such protocol version' });
      if (version.status !== 'DRAFT') {
        throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `version is ${version.status}: only a draft can be activated` });
      }
      const latest = await em.findOne(ProtocolVersion, { where: { status: Not('DRAFT') }, order: { effectiveFrom: 'DESC' } });
      if (latest && latest.effectiveFrom! >= effectiveFrom) {
        throw validationFailed([{ field: 'effectiveFrom', reason: `must be after ${latest.effectiveFrom!.toISOString()}, when version ${latest.version} took effect` }]);
      }
      if (latest) await em.update(ProtocolVersion, { id: latest.id }, { status: 'RETIRED', retiredAt: effectiveFrom });
      Object.assign(version, { status: 'ACTIVE', effectiveFrom, activatedBy: command.actor, activatedAt: now });
      return em.save(ProtocolVersion, version);
    });
    this.activeProtocol.invalidate();
    return activated;
  }
}
