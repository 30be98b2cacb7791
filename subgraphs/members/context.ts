import type { Identity } from '../../infra/auth/identity';
import type { Logger } from '../../infra/logging/logger';
import type { MembersLoaders } from './data/loaders';
import type { MembersPrisma } from './data/prisma';
import type { MembersServices } from './services';

/** Everything a resolver may use; built fresh per request (new DataLoaders every time). */
export interface MembersContext {
  identity: Identity;
  /** The address the caller reached the gateway from; null when the gateway did not say. */
  clientAddress: string | null;
  requestId: string;
  logger: Logger;
  db: MembersPrisma;
  loaders: MembersLoaders;
  services: MembersServices;
}
