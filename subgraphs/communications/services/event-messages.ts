import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { alertRecipientsOf } from '../data/alert-recipients-store';
import { type NewMessage, queueMessages } from '../data/messages-store';
import { messageIdFor } from '../domain/message-id';
import type { MessageKind } from '../domain/templates';
import type { Delivery } from './delivery';
import type { CommunicationsDeps } from './deps';

/** The events that make messages: codes (they never wait), expiry warnings to members, limit alerts to the security service. */
export const MESSAGE_EVENT_TYPES: MessageKind[] = [
  'verification.code_requested',
  'purchase.payment_code_requested',
  'bonuses.deduction_code_requested',
  'bonuses.expiring',
  'limit.alert',
];

type Payload = Record<string, unknown>;
type Event = DomainEventEnvelope<Payload>;
const text = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));

/**
 * Turns the other subgraphs' events into queued messages and starts their delivery. A message's id
 * comes from the event's and its recipient, so an event delivered twice queues nothing new. Where
 * the event names only the member, the members subgraph is asked where they are reached; when it
 * cannot be asked, the event fails and the queue brings it again.
 */
export function createEventMessageHandler(deps: CommunicationsDeps, delivery: Delivery) {
  /** A text to the member's phone (till codes, expiry warnings); one without a phone fails at delivery, with the reason. */
  async function toMemberPhone(event: Event, variables: Record<string, string>, urgent: boolean): Promise<NewMessage[]> {
    const memberId = event.memberId ?? text(event.payload.memberId);
    const contact = await deps.memberContact(event.companyId, memberId);
    if (!contact.found) return [];
    const id = messageIdFor(event.eventId, memberId, 'SMS');
    return [{ id, companyId: event.companyId, memberId, channel: 'SMS', kind: event.type, destination: contact.phone ?? '', variables, urgent }];
  }

  const builders: Record<MessageKind, (event: Event) => Promise<NewMessage[]>> = {
    async 'verification.code_requested'(event) {
      const { payload } = event;
      const channel = payload.channel === 'EMAIL' ? 'EMAIL' : 'SMS';
      const destination = text(payload.destination);
      const variables = { sealedCode: text(payload.sealedCode), expiresAt: text(payload.expiresAt), purpose: text(payload.purpose) };
      const id = messageIdFor(event.eventId, destination, channel);
      return [{ id, companyId: event.companyId, memberId: event.memberId, channel, kind: event.type, destination, variables, urgent: true }];
    },
    'purchase.payment_code_requested': (event) =>
      toMemberPhone(
        event,
        { sealedCode: text(event.payload.sealedCode), expiresAt: text(event.payload.expiresAt), bonusPayment: text(event.payload.bonusPayment) },
        true,
      ),
    'bonuses.deduction_code_requested': (event) =>
      toMemberPhone(event, { sealedCode: text(event.payload.sealedCode), expiresAt: text(event.payload.expiresAt), amount: text(event.payload.amount) }, true),
    'bonuses.expiring': (event) =>
      toMemberPhone(event, { amount: text(event.payload.amount), currency: text(event.payload.currency), date: text(event.payload.date) }, false),
    // To the security service's addresses the company configured: about staff and tills, so no member owns these messages.
    async 'limit.alert'(event) {
      const { payload } = event;
      const variables = {
        name: text(payload.name),
        metric: text(payload.metric),
        value: text(payload.value),
        boundary: text(payload.boundary),
        refused: payload.refused === true ? 'true' : 'false',
        operation: text(payload.operation),
        memberId: text(event.memberId),
        terminalId: text(payload.terminalId),
      };
      return (await alertRecipientsOf(deps.db, event.companyId)).map((email) => ({
        id: messageIdFor(event.eventId, email, 'EMAIL'),
        companyId: event.companyId,
        memberId: null,
        channel: 'EMAIL' as const,
        kind: event.type,
        destination: email,
        variables,
        urgent: true,
      }));
    },
  };

  return async function handle(event: DomainEventEnvelope): Promise<void> {
    const build = builders[event.type as MessageKind];
    if (!build) return;
    await queueMessages(deps.db, await build(event));
    void delivery.kick();
  };
}
