import { StaffTokenGuard, type StaffRequest } from '@homeward/platform';
import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { isWellFormedApiKey } from '../api-keys/api-key-secret';
import { AuthenticateForce } from '../api-keys/authenticate-force';
import type { PlacementNoticeRequest } from './placement-notice-sender';

/**
 * A placing authority's own key (scope PLACEMENT_NOTICES; a police key is refused), or a staff
 * token checked by the platform's staff guard with the handler's roles.
 */
@Injectable()
export class PlacementNoticeSenderGuard implements CanActivate {
  constructor(
    private readonly keys: AuthenticateForce,
    private readonly staff: StaffTokenGuard,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<PlacementNoticeRequest & StaffRequest>();
    const [scheme, token] = (req.header('authorization') ?? '').split(' ');
    if (scheme !== 'Bearer' || !token || !isWellFormedApiKey(token)) {
      this.staff.canActivate(context);
      req.sender = { kind: 'staff', staffId: req.staff.staffId };
      return true;
    }
    const key = await this.keys.execute(token);
    if (!key) throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: "a placing authority's API key or a staff token is required" });
    if (key.scope !== 'PLACEMENT_NOTICES') {
      throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: "a police force's key may not post placement notices" });
    }
    req.sender = { kind: 'authority', authority: key.force };
    return true;
  }
}
