import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { createSchemaPool } from '../../infra/db/pool';
import { createDatabaseFromTemplate, dropDatabase } from '../../infra/db/test-database';
import { createLogger } from '../../infra/logging/logger';
import { type EventBus, startEventBus } from '../../infra/outbox/event-bus';
import { type DomainEventEnvelope, OutboxDispatcher } from '../../infra/outbox/outbox-dispatcher';

/**
 * The dispatcher against a real database, real pg-boss queues and a view on loopback HTTP: an
 * event the view handled and acknowledged for its queue is not queued for it again; every other
 * subscribed queue, and the view's own whenever its answer does not cover the event, still gets it.
 */

const TYPE = 'thing.happened';
const PUSHED = 'test.pushed-view';
const OTHER = 'test.other-consumer';

/** How the view answers the next push. */
let answer: (events: DomainEventEnvelope[]) => { status: number; body: unknown } = () => ({ status: 500, body: {} });
const pushes: DomainEventEnvelope[][] = [];

let databaseUrl: string;
let pool: pg.Pool;
let bus: EventBus;
let view: Server;
let dispatcher: OutboxDispatcher;

beforeAll(async () => {
  databaseUrl = await createDatabaseFromTemplate(process.env.TEST_ADMIN_DATABASE_URL as string, process.env.TEST_TEMPLATE_DATABASE as string);
  pool = createSchemaPool(databaseUrl, 'members', { max: 3 });
  const logger = createLogger('test', 'silent');
  bus = await startEventBus(databaseUrl, logger);
  for (const queue of [PUSHED, OTHER]) {
    await bus.createQueue(queue);
    await bus.subscribe(TYPE, queue);
  }
  view = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const { events } = JSON.parse(body) as { events: DomainEventEnvelope[] };
      pushes.push(events);
      const { status, body: answered } = answer(events);
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answered));
    });
  });
  await new Promise<void>((resolve) => view.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(view.address() as AddressInfo).port}/internal/events`;
  dispatcher = new OutboxDispatcher({ pool, schema: 'members', boss: bus, logger, push: { urls: () => [url], secret: 'test' } });
});

afterAll(async () => {
  await dispatcher?.stop();
  await bus?.stop({ graceful: false, wait: true });
  await pool?.end();
  await new Promise((resolve) => view?.close(resolve));
  if (databaseUrl) await dropDatabase(databaseUrl);
});

beforeEach(() => {
  pushes.length = 0;
});

/** Writes events as a subgraph's change would, committed; answers their ids. */
async function writeEvents(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await pool.query(`INSERT INTO outbox_events (event_id, type, company_id, payload) SELECT id, $2, gen_random_uuid(), '{}' FROM unnest($1::uuid[]) AS id`, [
    ids,
    TYPE,
  ]);
  return ids;
}

/** The events queued for each consumer, among `ids`. */
async function queued(ids: string[]): Promise<Record<string, string[]>> {
  const { rows } = await pool.query<{ name: string; event_id: string }>(
    `SELECT name, data->>'eventId' AS event_id FROM pgboss.job WHERE data->>'eventId' = ANY($1) ORDER BY name, created_on, data->>'eventId'`,
    [ids],
  );
  const byQueue: Record<string, string[]> = { [PUSHED]: [], [OTHER]: [] };
  for (const row of rows) byQueue[row.name]?.push(row.event_id);
  for (const queue of Object.keys(byQueue)) byQueue[queue]?.sort();
  return byQueue;
}

async function unpublished(ids: string[]): Promise<number> {
  const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_events WHERE event_id = ANY($1) AND published_at IS NULL', [ids]);
  return rows[0]?.n ?? -1;
}

const sorted = (ids: string[]) => [...ids].sort();

test('events the view handled for its queue are not queued for it; a consumer it does not stand for still gets them', async () => {
  answer = (events) => ({ status: 200, body: { queues: [PUSHED], handled: events.map((event) => event.eventId) } });
  const ids = await writeEvents(3);
  await dispatcher.kick();
  expect(pushes.flat().map((event) => event.eventId)).toEqual(expect.arrayContaining(ids));
  expect(await queued(ids)).toEqual({ [PUSHED]: [], [OTHER]: sorted(ids) });
  expect(await unpublished(ids)).toBe(0);
});

test('a view that fails acknowledges nothing: its queue brings every event', async () => {
  answer = () => ({ status: 503, body: { error: 'down' } });
  const ids = await writeEvents(2);
  await dispatcher.kick();
  expect(await queued(ids)).toEqual({ [PUSHED]: sorted(ids), [OTHER]: sorted(ids) });
  expect(await unpublished(ids)).toBe(0);
});

test('only the events the view says it handled are spared its queue', async () => {
  const ids = await writeEvents(3);
  answer = () => ({ status: 200, body: { queues: [PUSHED], handled: [ids[1]] } });
  await dispatcher.kick();
  expect(await queued(ids)).toEqual({ [PUSHED]: sorted([ids[0], ids[2]] as string[]), [OTHER]: sorted(ids) });
});

test('an answer of another shape (a process from before acknowledgements) covers nothing', async () => {
  answer = (events) => ({ status: 200, body: { accepted: events.length } });
  const ids = await writeEvents(1);
  await dispatcher.kick();
  expect(await queued(ids)).toEqual({ [PUSHED]: ids, [OTHER]: ids });
});

test('rows another dispatcher holds are left to it until its claim lapses (it may have died mid-way), then handed over', async () => {
  answer = (events) => ({ status: 200, body: { queues: [PUSHED], handled: events.map((event) => event.eventId) } });
  const ids = await writeEvents(2);
  await pool.query("UPDATE outbox_events SET claimed_until = now() + interval '1 minute' WHERE event_id = ANY($1)", [ids]);
  await dispatcher.kick();
  expect(pushes).toEqual([]);
  expect(await unpublished(ids)).toBe(2);

  await pool.query("UPDATE outbox_events SET claimed_until = now() - interval '1 second' WHERE event_id = ANY($1)", [ids]);
  await dispatcher.kick();
  expect(await queued(ids)).toEqual({ [PUSHED]: [], [OTHER]: sorted(ids) });
  expect(await unpublished(ids)).toBe(0);
});
