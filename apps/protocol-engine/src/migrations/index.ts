import { InitialProtocol1764000000000 } from './1764000000000-initial-protocol';

export const protocolMigrations = [InitialProtocol1764000000000];
