import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { MEMBER_EVENT_TYPES } from './member-events';

/** How many recently handled events a process remembers, to let their queued copies pass cheaply. */
const REMEMBERED = 10_000;

/**
 * Where the other subgraphs' events come in: pushed at once by their outbox dispatchers, or from
 * the queues (when a push was not answered in time, say; at least once). Handling repeats safely
 * (message ids, idempotent erasure), so a queued copy of an event this process already handled is
 * let pass without touching the database; after a restart the database's own checks catch the repeat.
 */
export function createEventIntake(handlers: {
  messageTypes: string[];
  handleMessageEvent(event: DomainEventEnvelope): Promise<void>;
  handleMemberEvent(event: DomainEventEnvelope): Promise<void>;
}) {
  const messageTypes = new Set(handlers.messageTypes);
  const memberTypes = new Set(MEMBER_EVENT_TYPES);
  const handled = new Set<string>();

  async function handle(event: DomainEventEnvelope): Promise<void> {
    if (handled.has(event.eventId)) return;
    if (messageTypes.has(event.type)) await handlers.handleMessageEvent(event);
    if (memberTypes.has(event.type)) await handlers.handleMemberEvent(event);
    handled.add(event.eventId);
    // A Set iterates in insertion order: the oldest goes first.
    if (handled.size > REMEMBERED) handled.delete(handled.values().next().value as string);
  }

  return { handle };
}
