import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import type { FoundMemberContact } from '../../../infra/views/member-contact';
import { alertRecipientsOf } from '../data/alert-recipients-store';
import { activeDevices } from '../data/devices-store';
import { type NewMessage, queueMessages } from '../data/messages-store';
import { messagingSettingsOf } from '../data/messaging-settings-store';
import type { Channel } from '../data/prisma';
import type { EReceipt } from '../domain/e-receipt';
import { messageIdFor } from '../domain/message-id';
import { sendableAt } from '../domain/quiet-hours';
import type { MessageKind } from '../domain/templates';
import type { Delivery } from './delivery';
import type { CommunicationsDeps } from './deps';
import { pushServicesReached } from './push-reach';

type Payload = Record<string, unknown>;
type Event = DomainEventEnvelope<Payload>;
const text = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));

/**
 * When a message goes: codes at once and first (URGENT); answers to what the member just did at
 * once (NOW: a receipt, a welcome); anything else (CAN_WAIT: expiry warnings) not in the member's quiet hours.
 */
type Timing = 'URGENT' | 'NOW' | 'CAN_WAIT';

/**
 * Turns the other subgraphs' events into queued messages and starts their delivery. A message's id
 * comes from the event's and its recipient, so an event delivered twice queues nothing new. Where
 * the event names only the member, the members subgraph is asked where and how they are reached;
 * when it cannot be asked, the event fails and the queue brings it again.
 */
export function createEventMessageHandler(deps: CommunicationsDeps, delivery: Delivery) {
  async function memberOf(event: Event): Promise<FoundMemberContact | null> {
    const memberId = event.memberId ?? text(event.payload.memberId);
    const contact = await deps.memberContact({ companyId: event.companyId, memberId });
    return contact.found ? contact : null;
  }

  /** One message to the member over a channel; one without the phone or email fails at delivery, with the reason. */
  async function toMember(event: Event, channel: Channel, variables: Record<string, string>, timing: Timing, contact?: FoundMemberContact | null) {
    const member = contact === undefined ? await memberOf(event) : contact;
    if (!member) return [];
    const destination = (channel === 'EMAIL' ? member.email : member.phone) ?? '';
    const now = deps.clock.now();
    const notBefore = timing === 'CAN_WAIT' ? sendableAt(now, member.timeZone, (await messagingSettingsOf(deps.db, event.companyId)).quietHours) : now;
    const message: NewMessage = {
      id: messageIdFor(event.eventId, member.memberId, channel),
      companyId: event.companyId,
      memberId: member.memberId,
      channel,
      kind: event.type,
      destination,
      // The member's language picks the company's template for it at delivery.
      variables: member.language ? { ...variables, language: member.language } : variables,
      urgent: timing === 'URGENT',
      notBefore,
    };
    return [message];
  }

  /**
   * What reaches a member best by push (an expiry warning, a new card): to each app installation in
   * use, else by SMS (or `otherwise`). A push whose token its service refuses falls back to SMS (push-fallback.ts).
   */
  async function preferringPush(
    event: Event,
    variables: Record<string, string>,
    timing: Timing,
    contact?: FoundMemberContact | null,
    otherwise: Channel = 'SMS',
  ) {
    const member = contact === undefined ? await memberOf(event) : contact;
    if (!member) return [];
    const reachable = await pushServicesReached(deps, event.companyId);
    const devices = (await activeDevices(deps.db, member.memberId)).filter((device) => reachable === 'ALL' || reachable.has(device.service));
    if (devices.length === 0) return toMember(event, otherwise, variables, timing, member);
    const [push] = await toMember(event, 'PUSH', variables, timing, member);
    if (!push) return [];
    return devices.map((device) => ({
      ...push,
      id: messageIdFor(event.eventId, device.id, 'PUSH'),
      destination: device.token,
      deviceId: device.id,
      variables: { ...push.variables, pushService: device.service, cause: event.eventId },
    }));
  }

  const builders: Partial<Record<MessageKind, (event: Event) => Promise<NewMessage[]>>> = {
    // To the phone or address being confirmed: the person may not be a member yet.
    async 'verification.code_requested'(event) {
      const { payload } = event;
      const channel = payload.channel === 'EMAIL' ? 'EMAIL' : 'SMS';
      const destination = text(payload.destination);
      const variables = { sealedCode: text(payload.sealedCode), expiresAt: text(payload.expiresAt), purpose: text(payload.purpose) };
      const id = messageIdFor(event.eventId, destination, channel);
      return [{ id, companyId: event.companyId, memberId: event.memberId, channel, kind: event.type, destination, variables, urgent: true }];
    },
    'purchase.payment_code_requested': (event) =>
      toMember(
        event,
        'SMS',
        { sealedCode: text(event.payload.sealedCode), expiresAt: text(event.payload.expiresAt), bonusPayment: text(event.payload.bonusPayment) },
        'URGENT',
      ),
    'bonuses.deduction_code_requested': (event) =>
      toMember(
        event,
        'SMS',
        { sealedCode: text(event.payload.sealedCode), expiresAt: text(event.payload.expiresAt), amount: text(event.payload.amount) },
        'URGENT',
      ),
    async 'bonuses.expiring'(event) {
      const member = await memberOf(event);
      const variables = {
        amount: text(event.payload.amount),
        currency: text(event.payload.currency),
        date: text(event.payload.date),
        firstName: member?.firstName ?? '',
      };
      return preferringPush(event, variables, 'CAN_WAIT', member);
    },
    async 'member.registered'(event) {
      const member = await memberOf(event);
      return toMember(event, 'SMS', { shop: member?.companyName ?? '', firstName: member?.firstName ?? '' }, 'NOW', member);
    },
    async 'card.issued'(event) {
      const member = await memberOf(event);
      return preferringPush(event, { shop: member?.companyName ?? '', cardNumber: text(event.payload.cardNumber) }, 'NOW', member);
    },
    // Support answered the member's ticket: by the member's preferred channel, the app where they have it, else email, else SMS.
    async 'ticket.answered'(event) {
      const member = await memberOf(event);
      const variables = { shop: member?.companyName ?? '', topic: text(event.payload.topic) };
      return preferringPush(event, variables, 'NOW', member, member?.email ? 'EMAIL' : 'SMS');
    },
    // The e-receipt, to members who take electronic receipts instead of paper ones (and gave an email).
    async 'purchase.confirmed'(event) {
      // The ledger tells whether the member takes them (null or absent: it did not know).
      if (!event.memberId || event.payload.eReceipt === false) return [];
      const member = await memberOf(event);
      if (!member?.eReceiptConsent || !member.email) return [];
      const { payload } = event;
      const receipt: EReceipt = {
        purchaseId: text(payload.purchaseId),
        occurredAt: text(payload.occurredAt),
        lines: Array.isArray(payload.lines) ? (payload.lines as EReceipt['lines']) : [],
        subtotal: text(payload.subtotal ?? payload.total),
        discount: text(payload.discount ?? '0'),
        total: text(payload.total),
        bonusPayment: text(payload.bonusPayment),
        cashDue: text(payload.cashDue ?? payload.total),
        accrual: text(payload.accrual),
      };
      const variables = {
        receipt: JSON.stringify(receipt),
        timeZone: member.timeZone,
        currency: member.currency,
        shop: member.companyName,
        firstName: member.firstName ?? '',
      };
      return toMember(event, 'EMAIL', variables, 'NOW', member);
    },
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

  return {
    /** The events that make messages. */
    eventTypes: Object.keys(builders),
    async handle(event: DomainEventEnvelope): Promise<void> {
      const build = builders[event.type as MessageKind];
      if (!build) return;
      const messages = await build(event);
      if (messages.length === 0) return;
      await queueMessages(deps.sql, messages);
      // Only new messages wake the delivery: most purchases make none (no e-receipt wanted).
      void delivery.kick();
    },
  };
}
