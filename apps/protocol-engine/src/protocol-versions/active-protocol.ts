import { DEFAULT_PROFILE, ProtocolProfile } from '@homeward/protocol';
import { Injectable } from '@nestjs/common';

/** The protocol version in force at an instant: the default profile until versions are managed. */
@Injectable()
export class ActiveProtocol {
  at(_instant: Date): ProtocolProfile {
    return DEFAULT_PROFILE;
  }
}
