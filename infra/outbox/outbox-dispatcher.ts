import type pg from 'pg';
import type PgBoss from 'pg-boss';
import { quoteIdentifier } from '../db/connection';
import { inPgTransaction } from '../db/pool';
import { callInternal } from '../internal/internal-call';
import type { Logger } from '../logging/logger';
import { EVENT_BUS_SCHEMA } from './event-bus';

/** The NOTIFY channel a subgraph's outbox writes signal on; PostgreSQL delivers it at commit. */
export const OUTBOX_CHANNEL = 'outbox_events';

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
}

export interface OutboxDispatcherOptions {
  pool: pg.Pool;
  schema: string;
  boss: PgBoss;
  logger: Logger;
  pollIntervalMs?: number;
  batchSize?: number;
  /** Internal event routes of subgraphs that get every event at once, besides the queues. */
  push?: { urls(): string[]; secret: string };
}

/** The dispatcher's statements on a subgraph's outbox: checked against the migrated schemas by tests/hand-written-sql.test.ts. */
export function outboxDispatcherStatements(schema: string) {
  const table = `${quoteIdentifier(schema)}.outbox_events`;
  return {
    claimBatch: `SELECT id, event_id, type, company_id, member_id, payload, occurred_at FROM ${table}
          WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    markPublished: `UPDATE ${table} SET published_at = now() WHERE id = ANY($1::bigint[])`,
    subscriptions: `SELECT event, name FROM ${EVENT_BUS_SCHEMA}.subscription WHERE event = ANY($1)`,
  };
}

/** A view that does not answer within this bound gets the event from its queue a moment later. */
const PUSH_TIMEOUT_MS = 1500;

/**
 * Moves committed outbox rows into pg-boss (publish fans out to every subscribed queue) and pushes
 * them to the views that asked for it. Delivery is at least once: a crash between publish and
 * marking the row re-publishes it, and a pushed event also arrives through its queue, so consumers
 * must be idempotent by `eventId`.
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
          // Pushed once the batch is committed: no transaction (nor its connection) waits on a view's answer.
          if (dispatched.length > 0) await this.push(dispatched);
          if (dispatched.length < (this.options.batchSize ?? 100) || this.stopped) break;
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

  /** Best effort: a view that is down or slow still gets the events from its queue. */
  private async push(events: DomainEventEnvelope[]): Promise<void> {
    const push = this.options.push;
    if (!push) return;
    await Promise.all(
      push
        .urls()
        .map((url) =>
          callInternal(url, { events }, push.secret, PUSH_TIMEOUT_MS).catch((error) =>
            this.options.logger.warn({ err: error, url }, 'pushing events to a view failed; its queue delivers them'),
          ),
        ),
    );
  }

  /**
   * What pg-boss's publish does for one event (a job in every queue subscribed to its type), for a
   * whole batch in two statements: the subscriptions of the batch's types, then every job at once
   * (each queue's retry policy applies as with send).
   */
  private async publish(client: pg.PoolClient, envelopes: DomainEventEnvelope[]): Promise<void> {
    if (envelopes.length === 0) return;
    const { rows } = await client.query<{ event: string; name: string }>(this.statements.subscriptions, [
      [...new Set(envelopes.map((envelope) => envelope.type))],
    ]);
    const jobs = envelopes.flatMap((envelope) => rows.filter((row) => row.event === envelope.type).map((row) => ({ name: row.name, data: envelope })));
    if (jobs.length > 0) await this.options.boss.insert(jobs);
  }

  private dispatchBatch(): Promise<DomainEventEnvelope[]> {
    return inPgTransaction(this.options.pool, async (client) => {
      const { rows } = await client.query<OutboxRow>(this.statements.claimBatch, [this.options.batchSize ?? 100]);
      const envelopes = rows.map(
        (row): DomainEventEnvelope => ({
          eventId: row.event_id,
          type: row.type,
          source: this.options.schema,
          companyId: row.company_id,
          memberId: row.member_id,
          occurredAt: row.occurred_at.toISOString(),
          payload: row.payload,
        }),
      );
      await this.publish(client, envelopes);
      if (rows.length > 0) {
        await client.query(this.statements.markPublished, [rows.map((r) => r.id)]);
      }
      return envelopes;
    });
  }
}
