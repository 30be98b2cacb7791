import { createLogger } from '../../infra/logging/logger';
import { consumeEvents, type EventBus, startEventBus } from '../../infra/outbox/event-bus';
import type { DomainEventEnvelope } from '../../infra/outbox/outbox-dispatcher';
import { eventually } from '../support/eventually';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { querySql, registerMember, seedCompany } from '../support/seed';

let platform: TestPlatform;
let bus: EventBus;
const received: DomainEventEnvelope[] = [];

beforeAll(async () => {
  platform = await startTestPlatform({ events: true });
  bus = await startEventBus(platform.databaseUrl, createLogger('test', 'silent'));
  await consumeEvents(bus, 'test.members-events', ['member.registered', 'member.deleted'], async (event) => {
    received.push(event);
  });
});
afterAll(async () => {
  await bus?.stop({ graceful: false, wait: true });
  await platform?.stop();
});

const WAIT = { timeoutMs: 15_000, intervalMs: 100 };

test('an event written with a change is dispatched after commit to every subscribed consumer, and marked published', async () => {
  const company = await seedCompany(platform);
  const { member } = await registerMember(platform, company.adminToken, { channel: 'SMS' });
  const event = await eventually(() => received.find((e) => e.type === 'member.registered' && e.memberId === member.id), 'member.registered delivered', WAIT);
  expect(event).toMatchObject({
    companyId: company.companyId,
    source: 'members',
    payload: { memberId: member.id, channel: 'SMS', actor: { kind: 'operator', channel: 'SMS' } },
  });
  expect(event.eventId).toMatch(/^[0-9a-f-]{36}$/);
  // The dispatcher marks the row in its own transaction, right after handing the event over.
  const publishedAt = await eventually(
    async () => {
      const [stored] = await querySql<{ published_at: Date | null }>(platform, 'SELECT published_at FROM members.outbox_events WHERE event_id = $1', [
        event.eventId,
      ]);
      return stored?.published_at ?? undefined;
    },
    'the event marked published',
    WAIT,
  );
  expect(publishedAt).toBeInstanceOf(Date);
});

test('a refused change writes no event', async () => {
  const company = await seedCompany(platform);
  const before = await querySql<{ count: string }>(platform, 'SELECT count(*) FROM members.outbox_events');
  await registerMember(platform, company.adminToken, { phone: 'not a phone' }).catch(() => undefined);
  const after = await querySql<{ count: string }>(platform, 'SELECT count(*) FROM members.outbox_events');
  expect(after[0]?.count).toBe(before[0]?.count);
});
