import type { Logger } from '../logging/logger';
import type { DomainEventEnvelope } from './outbox-dispatcher';

/**
 * What a subgraph answers when events are pushed to it (its internal `events` route): the events
 * it handled, and the queues of its own those stand for. The dispatcher does not queue a handled
 * event for those queues; everything else still goes through them.
 */
export interface PushedEventsAnswer {
  queues: string[];
  handled: string[];
}

/**
 * Handles pushed events one by one, in order, before answering. One that fails is left out of the
 * answer (its queue brings it, and retries it) and the rest are still handled: handlers repeat
 * safely and do not depend on one another's order.
 */
export async function handlePushedEvents(
  body: unknown,
  queues: string[],
  handle: (event: DomainEventEnvelope) => Promise<void>,
  logger: Logger,
): Promise<PushedEventsAnswer> {
  const events = (body as { events?: DomainEventEnvelope[] } | null)?.events ?? [];
  const handled: string[] = [];
  for (const event of events) {
    try {
      await handle(event);
      handled.push(event.eventId);
    } catch (error) {
      logger.warn({ err: error, eventId: event.eventId, type: event.type }, 'a pushed event failed; its queue brings it again');
    }
  }
  return { queues, handled };
}

/** Whether any answer says the event was handled for the queue. Answers of another shape (an older process) cover nothing. */
export function acknowledgedQueues(answers: PushedEventsAnswer[]): (eventId: string, queue: string) => boolean {
  const covered = new Set<string>();
  for (const answer of answers) {
    if (!Array.isArray(answer?.queues) || !Array.isArray(answer.handled)) continue;
    for (const eventId of answer.handled) for (const queue of answer.queues) covered.add(`${eventId}|${queue}`);
  }
  return (eventId, queue) => covered.has(`${eventId}|${queue}`);
}
