import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { type NewMessage, queueMessages } from '../data/messages-store';
import { messageIdFor } from '../domain/message-id';
import type { MessageKind } from '../domain/templates';
import type { Delivery } from './delivery';
import type { CommunicationsDeps } from './deps';

/** The events that make a message: codes, for now (they never wait). */
export const MESSAGE_EVENT_TYPES: MessageKind[] = ['verification.code_requested', 'purchase.payment_code_requested', 'bonuses.deduction_code_requested'];

type Payload = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Turns the other subgraphs' events into queued messages and starts their delivery. A message's id
 * comes from the event's, so an event delivered twice queues one message. Where the event names only
 * the member (till codes), the members subgraph is asked for their phone; when it cannot be asked,
 * the event fails and the queue brings it again.
 */
export function createEventMessageHandler(deps: CommunicationsDeps, delivery: Delivery) {
  async function messageFor(event: DomainEventEnvelope<Payload>): Promise<NewMessage> {
    const payload = event.payload;
    const common = { companyId: event.companyId, memberId: event.memberId, kind: event.type, urgent: true };
    const sealed = { sealedCode: text(payload.sealedCode), expiresAt: text(payload.expiresAt) };
    if (event.type === 'verification.code_requested') {
      const channel = payload.channel === 'EMAIL' ? 'EMAIL' : 'SMS';
      const destination = text(payload.destination);
      return {
        ...common,
        id: messageIdFor(event.eventId, destination, channel),
        channel,
        destination,
        variables: { ...sealed, purpose: text(payload.purpose) },
      };
    }
    const memberId = event.memberId ?? text(payload.memberId);
    const contact = await deps.memberContact(event.companyId, memberId);
    const destination = contact.phone ?? '';
    const amounts: Record<string, string> =
      event.type === 'purchase.payment_code_requested' ? { bonusPayment: text(payload.bonusPayment) } : { amount: text(payload.amount) };
    return {
      ...common,
      memberId,
      id: messageIdFor(event.eventId, memberId, 'SMS'),
      channel: 'SMS',
      destination,
      variables: { ...sealed, ...amounts },
    };
  }

  return async function handle(event: DomainEventEnvelope): Promise<void> {
    if (!(MESSAGE_EVENT_TYPES as string[]).includes(event.type)) return;
    await queueMessages(deps.db, [await messageFor(event)]);
    void delivery.kick();
  };
}
