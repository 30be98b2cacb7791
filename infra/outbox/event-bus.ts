import PgBoss from 'pg-boss';
import type { Logger } from '../logging/logger';
import type { DomainEventEnvelope } from './outbox-dispatcher';

export type EventBus = PgBoss;

/** The PostgreSQL schema pg-boss keeps its queues and subscriptions in. */
export const EVENT_BUS_SCHEMA = 'pgboss';

/** pg-boss in its own PostgreSQL schema: the queues domain events travel through between subgraphs. */
export async function startEventBus(databaseUrl: string, logger: Logger): Promise<EventBus> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: EVENT_BUS_SCHEMA, max: 4 });
  boss.on('error', (error) => logger.error({ err: error }, 'event bus error'));
  await boss.start();
  return boss;
}

/**
 * Subscribes a consumer queue to events and works it. Handlers must be idempotent: delivery is at
 * least once (the outbox may publish twice, and a failed job is retried). A handled batch is
 * deleted rather than kept as completed: its copies of the events may name a person, and an
 * opt-out must be able to erase everything (the consumer has taken what it keeps).
 */
export async function consumeEvents(
  boss: EventBus,
  queue: string,
  eventTypes: string[],
  handler: (event: DomainEventEnvelope) => Promise<void>,
): Promise<void> {
  await boss.createQueue(queue, { name: queue, retryLimit: 10, retryBackoff: true });
  for (const type of eventTypes) await boss.subscribe(type, queue);
  await boss.work<DomainEventEnvelope>(queue, { batchSize: 20, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await handler(job.data);
    await boss.deleteJob(
      queue,
      jobs.map((job) => job.id),
    );
  });
}
