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
  const arrays = OUTBOX_ARRAY_CASTS.map((cast, i) => `$${first + i}${cast}`).join(', ');
  return `${OUTBOX_INSERT}${arrays}) WHERE ${condition}
     RETURNING 1`;
}

// Both forms of the insert (numbered parameters above, a tagged-template fragment in outboxFragments) are built from these.
const OUTBOX_INSERT = 'INSERT INTO outbox_events (event_id, type, company_id, member_id, payload) SELECT gen_random_uuid(), * FROM unnest(';
/** The casts of outboxValues' four arrays, in order. */
const OUTBOX_ARRAY_CASTS = ['::text[]', '::uuid[]', '::uuid[]', '::jsonb[]'] as const;

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
export const outboxNotifySql = (n: number) => `${OUTBOX_NOTIFY}$${n})`;
const OUTBOX_NOTIFY = `pg_notify('${OUTBOX_CHANNEL}', `;

/**
 * The same two pieces as fragments of a tagged-template statement (a store's `$queryRaw`), for a
 * write that records its events in its own statement: `insert` goes in a WITH, `notify` in the
 * select list (the store names the CTE `written` and selects the notify from it).
 */
export function outboxFragments(source: string, identity: Identity, channel: string | null, events: DomainEvent[]) {
  const [types, companies, members, payloads] = outboxValues(identity, channel, events);
  return {
    insert: new Sql(
      [OUTBOX_INSERT, ...OUTBOX_ARRAY_CASTS.map((cast, i) => (i < OUTBOX_ARRAY_CASTS.length - 1 ? `${cast}, ` : `${cast}) RETURNING 1`))],
      [types, companies, members, payloads],
    ),
    notify: new Sql([OUTBOX_NOTIFY, ')'], [source]),
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
