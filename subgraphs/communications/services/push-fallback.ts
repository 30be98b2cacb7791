import { activeDevices, retireDevice } from '../data/devices-store';
import { type ClaimedMessage, queueMessages } from '../data/messages-store';
import { messageIdFor } from '../domain/message-id';
import type { CommunicationsDeps } from './deps';

/**
 * A push service called a device's token invalid: the device is retired, and when the member has no
 * other installation in use the message goes by SMS instead (once: its id comes from the cause and
 * the member). The SMS is queued before the push is marked failed, so a crash in between repeats
 * this rather than losing the message.
 */
export async function fallBackFromPush(deps: CommunicationsDeps, message: ClaimedMessage, reason: string): Promise<void> {
  if (!message.deviceId) return;
  await retireDevice(deps.db, message.deviceId, reason, deps.clock.now());
  if (!message.memberId || (await activeDevices(deps.db, message.memberId)).length > 0) return;
  const contact = await deps.memberContact({ companyId: message.companyId, memberId: message.memberId });
  if (!contact.found) return;
  const { pushService: _service, cause, ...variables } = message.variables as Record<string, string>;
  await queueMessages(deps.sql, [
    {
      id: messageIdFor(cause ?? message.id, contact.memberId, 'SMS'),
      companyId: message.companyId,
      memberId: contact.memberId,
      channel: 'SMS',
      kind: message.kind,
      destination: contact.phone ?? '',
      variables,
      urgent: message.urgent,
    },
  ]);
}
