import { ForbiddenError } from '../../../infra/auth/forbidden';
import type { Identity } from '../../../infra/auth/identity';
import { registerDevice, unregisterDevice } from '../data/devices-store';
import { normaliseDeviceToken, type PushServiceName } from '../domain/device-token';
import { CommunicationsError } from '../domain/errors';
import type { CommunicationsDeps } from './deps';

/** A member's app installations: each registers its push token, and unregisters it on sign-out. */
export function createDeviceService(deps: CommunicationsDeps) {
  function member(identity: Identity) {
    if (identity.kind !== 'member') throw new ForbiddenError('Only a member registers their app installations');
    return identity;
  }

  return {
    register(identity: Identity, input: { service: PushServiceName; token: string }) {
      const { memberId, companyId } = member(identity);
      const token = normaliseDeviceToken(input.service, input.token);
      if (!token) throw new CommunicationsError('INVALID_DEVICE_TOKEN', `token: not a ${input.service} token`, 'token');
      return registerDevice(deps.db, { companyId, memberId, service: input.service, token }, deps.clock.now());
    },

    async unregister(identity: Identity, input: { token: string }) {
      const { memberId } = member(identity);
      const token = input.token.trim();
      // APNs tokens are kept in lower case; others as given.
      const found =
        (await unregisterDevice(deps.db, memberId, token, deps.clock.now())) ||
        (await unregisterDevice(deps.db, memberId, token.toLowerCase(), deps.clock.now()));
      if (!found) throw new CommunicationsError('DEVICE_NOT_FOUND', 'No app installation of yours has this token', 'token');
      return true;
    },
  };
}
