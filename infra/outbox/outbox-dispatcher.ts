import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { quoteIdentifier } from '../db/connection';
import { callInternal } from '../internal/internal-call';
import type { Logger } from '../logging/logger';
import { EVENT_BUS_SCHEMA } from './event-bus';
import { acknowledgedQueues, type PushedEventsAnswer } from './pushed-events';

/** The NOTIFY channel a subgraph's outbox writes signal on; PostgreSQL delivers it at commit. */
export const OUTBOX_CHANNEL = 'outbox_events';
/** The most JSON one push carries: well under what a subgraph's internal routes accept (2 MB). */
const PUSH_BODY_BYTES = 1_000_000;

/** The events in consecutive bodies of at most PUSH_BODY_BYTES each (an event larger than that alone in its own). */
export function pushBodies(events: DomainEventEnvelope[], limit = PUSH_BODY_BYTES): DomainEventEnvelope[][] {
  const bodies: DomainEventEnvelope[][] = [];
  let current: DomainEventEnvelope[] = [];
  let size = 0;
  for (const event of events) {
    const bytes = Buffer.byteLength(JSON.stringify(event));
    if (current.length > 0 && size + bytes > limit) {
      bodies.push(current);
      [current, size] = [[], 0];
    }
    current.push(event);
    size += bytes;
  }
  if (current.length > 0) bodies.push(current);
  return bodies;
}

/** What consumers receive: the event as stored, with its id for idempotent handling. */
export interface DomainEventEnvelope<T = Record<string, unknown>> {
  eventId: string;
  type: string;
  source: string;
  companyId: string;
  memberId: string | null;
  occurredAt: string;
  payload: T;
}

interface OutboxRow {
  id: string;
  event_id: string;
  type: string;
  company_id: string;
  member_id: string | null;
  payload: Record<string, unknown>;
  occurred_at: Date;
  /** The pg-boss queues subscribed to its type. */
  queues: string[];
}

export interface OutboxDispatcherOptions {
  pool: pg.Pool;
  schema: string;
  boss: PgBoss;
  logger: Logger;
  pollIntervalMs?: number;
  batchSize?: number;
  /**
   * Internal event routes of subgraphs that get every event at once. Each answers which events it
   * handled for which of its queues (infra/outbox/pushed-events.ts); those queues are not given them again.
   */
  push?: { urls(): string[]; secret: string };
}

/** The dispatcher's statements on a subgraph's outbox: checked against the migrated schemas by tests/hand-written-sql.test.ts. */
export function outboxDispatcherStatements(schema: string) {
  const table = `${quoteIdentifier(schema)}.outbox_events`;
  return {
    // Rows not yet published nor being handed over by a live dispatcher, each with the queues
    // subscribed to its type (what pg-boss's publish would look up).
    claimBatch: `WITH claimed AS (
        UPDATE ${table} SET claimed_until = now() + $2::int * interval '1 millisecond'
         WHERE id IN (SELECT id FROM ${table} WHERE published_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
                       ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, event_id, type, company_id, member_id, payload, occurred_at)
      SELECT c.*, ARRAY(SELECT s.name FROM ${EVENT_BUS_SCHEMA}.subscription s WHERE s.event = c.type ORDER BY s.name) AS queues
        FROM claimed c ORDER BY c.id`,
    markPublished: `UPDATE ${table} SET published_at = now() WHERE id = ANY($1::bigint[])`,
  };
}

/** A view that does not answer within this bound gets the event from its queue a moment later. */
const PUSH_TIMEOUT_MS = 1500;

/**
 * How long a dispatcher holds the rows it claimed while it pushes them and queues the rest: one
 * that dies meanwhile leaves them to be claimed again after this (well past the push's bound).
 */
const CLAIM_MS = 10_000;

/**
 * Hands committed outbox rows to every queue subscribed to their type: pushed at once to the
 * subgraphs that keep views (and handle them before they answer), and into pg-boss for every queue
 * a push did not cover (a view that was down, slow or failed; consumers that are not pushed to).
 * Most events thus cost two statements a batch and no queue work. Delivery is at least once: a
 * dispatcher that dies after a push or a queueing, before it marks the rows, leaves them to be
 * claimed again, so consumers must be idempotent by `eventId`.
 */
export class OutboxDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private listener: pg.PoolClient | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  private readonly statements: ReturnType<typeof outboxDispatcherStatements>;

  constructor(private readonly options: OutboxDispatcherOptions) {
    this.statements = outboxDispatcherStatements(options.schema);
  }

  async start(): Promise<void> {
    this.listener = await this.options.pool.connect();
    // Every subgraph's writers signal on the one channel, each naming its schema: only our own rows wake us.
    this.listener.on('notification', (notification) => {
      if (notification.payload === this.options.schema) void this.kick();
    });
    // A dropped LISTEN connection only delays dispatch until the next poll; it must not crash the process.
    this.listener.on('error', (error) => this.options.logger.warn({ err: error }, 'outbox listener connection lost'));
    await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.timer = setInterval(() => this.kick(), this.options.pollIntervalMs ?? 1000);
    this.kick();
  }

  /** Dispatches now; concurrent kicks collapse into one more pass. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        // A batch short of full took all there was: rows committed since then signal again (`again`).
        for (;;) {
          const dispatched = await this.dispatchBatch();
          if (dispatched < (this.options.batchSize ?? 100) || this.stopped) break;
        }
      } while (this.again && !this.stopped);
    })()
      .catch((error) => this.options.logger.error({ err: error }, 'outbox dispatch failed; will retry'))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    if (this.listener) {
      await this.listener.query(`UNLISTEN ${OUTBOX_CHANNEL}`).catch(() => undefined);
      this.listener.release();
    }
  }

  /**
   * Pushes the events to every view at once, in bodies a view accepts (in order; after one fails,
   * the rest go by the queue too); what each answers it handled, for which of its queues. Best
   * effort: a view that is down, slow or fails acknowledges nothing more.
   */
  private async push(events: DomainEventEnvelope[]): Promise<PushedEventsAnswer[]> {
    const push = this.options.push;
    if (!push) return [];
    const bodies = pushBodies(events);
    const answers = await Promise.all(
      push.urls().map(async (url) => {
        const answered: PushedEventsAnswer[] = [];
        for (const body of bodies) {
          const answer = await callInternal<PushedEventsAnswer>(url, { events: body }, push.secret, PUSH_TIMEOUT_MS).catch((error) => {
            this.options.logger.warn({ err: error, url }, 'pushing events to a view failed; its queue delivers them');
            return null;
          });
          if (!answer) break;
          answered.push(answer);
        }
        return answered;
      }),
    );
    return answers.flat();
  }

  /**
   * One batch: claimed (no transaction held while views answer), pushed, queued where no push
   * covered a subscribed queue (each queue's retry policy applies as with pg-boss's send), then
   * marked published. Answers how many rows it took.
   */
  private async dispatchBatch(): Promise<number> {
    const { pool, schema, boss } = this.options;
    const { rows } = await pool.query<OutboxRow>({
      name: 'outbox_claim_batch',
      text: this.statements.claimBatch,
      values: [this.options.batchSize ?? 100, CLAIM_MS],
    });
    if (rows.length === 0) return 0;
    const envelopes = rows.map(
      (row): DomainEventEnvelope => ({
        eventId: row.event_id,
        type: row.type,
        source: schema,
        companyId: row.company_id,
        memberId: row.member_id,
        occurredAt: row.occurred_at.toISOString(),
        payload: row.payload,
      }),
    );
    const covered = acknowledgedQueues(await this.push(envelopes));
    const jobs = rows.flatMap((row, index) =>
      row.queues.filter((queue) => !covered(row.event_id, queue)).map((queue) => ({ name: queue, data: envelopes[index] as DomainEventEnvelope })),
    );
    if (jobs.length > 0) await boss.insert(jobs);
    await pool.query({ name: 'outbox_mark_published', text: this.statements.markPublished, values: [rows.map((row) => row.id)] });
    return rows.length;
  }
}
