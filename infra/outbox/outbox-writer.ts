import { Sql } from '@prisma/client/runtime/client';
import { actorOf, type Identity } from '../auth/identity';
import { OUTBOX_CHANNEL } from './outbox-dispatcher';

export interface DomainEvent {
  type: string;
  companyId: string;
  /** The member the event concerns, so opt-out can erase what the payload says about them. */
  memberId?: string | null;
  data: Record<string, unknown>;
}

/** What the writer needs of a Prisma client or interactive transaction (any subgraph's). */
export interface RawExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/**
 * The INSERT of events into the subgraph's `outbox_events` (its schema is on the connection's
 * search_path), taking its four arrays (outboxValues) from parameter `$first` on, returning a row
 * per event: for use inside a larger statement, which may make it depend on a `condition`.
 */
export function outboxInsertSql(first: number, condition = 'true'): string {
  const [types, companies, members, payloads] = [first, first + 1, first + 2, first + 3];
  return `INSERT INTO outbox_events (event_id, type, company_id, member_id, payload)
     SELECT gen_random_uuid(), * FROM unnest($${types}::text[], $${companies}::uuid[], $${members}::uuid[], $${payloads}::jsonb[]) WHERE ${condition}
     RETURNING 1`;
}

/** The arrays outboxInsertSql takes: each payload carries who acted and through which channel. */
export function outboxValues(identity: Identity, channel: string | null, events: DomainEvent[]): [string[], string[], Array<string | null>, string[]] {
  const actor = { ...actorOf(identity), channel };
  return [
    events.map((event) => event.type),
    events.map((event) => event.companyId),
    events.map((event) => event.memberId ?? null),
    events.map((event) => JSON.stringify({ ...event.data, actor })),
  ];
}

/** The NOTIFY that wakes the dispatcher, given `source` as parameter `$n`: delivered when the writing transaction commits. */
export const outboxNotifySql = (n: number) => `pg_notify('${OUTBOX_CHANNEL}', $${n})`;

/**
 * The same two pieces as fragments of a tagged-template statement (a store's `$queryRaw`), for a
 * write that records its events in its own statement: `insert` goes in a WITH, `notify` in the
 * select list (the store names the CTE `written` and selects the notify from it).
 */
export function outboxFragments(source: string, identity: Identity, channel: string | null, events: DomainEvent[]) {
  const [types, companies, members, payloads] = outboxValues(identity, channel, events);
  return {
    insert: new Sql(
      [
        'INSERT INTO outbox_events (event_id, type, company_id, member_id, payload) SELECT gen_random_uuid(), * FROM unnest(',
        '::text[], ',
        '::uuid[], ',
        '::uuid[], ',
        '::jsonb[]) RETURNING 1',
      ],
      [types, companies, members, payloads],
    ),
    notify: new Sql([`pg_notify('${OUTBOX_CHANNEL}', `, ')'], [source]),
  };
}

export type OutboxFragments = ReturnType<typeof outboxFragments>;

/**
 * Records domain events in the caller's transaction, with the signal to the dispatcher, in one
 * statement (a round trip fewer on every write that emits events).
 */
export async function writeOutboxEvents(tx: RawExecutor, source: string, identity: Identity, channel: string | null, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.$executeRawUnsafe(WRITE_OUTBOX_EVENTS_SQL, ...outboxValues(identity, channel, events), source);
}

/** writeOutboxEvents' statement: checked against every subgraph's migrated schema by tests/hand-written-sql.test.ts. */
export const WRITE_OUTBOX_EVENTS_SQL = `WITH written AS (${outboxInsertSql(1)})
     SELECT ${outboxNotifySql(5)} FROM (SELECT count(*) FROM written) AS rows_written`;
