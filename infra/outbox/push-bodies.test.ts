import { type DomainEventEnvelope, pushBodies } from './outbox-dispatcher';

const event = (id: string, padding: number): DomainEventEnvelope =>
  ({
    eventId: id,
    type: 't',
    companyId: 'c',
    memberId: null,
    occurredAt: '2026-11-27T00:00:00Z',
    payload: { padding: 'x'.repeat(padding) },
  }) as unknown as DomainEventEnvelope;

test('events are pushed in bodies under the limit, in order; one larger than the limit goes alone', () => {
  const events = [event('a', 300), event('b', 300), event('c', 300), event('d', 5000), event('e', 10)];
  const bodies = pushBodies(events, 1000);
  expect(bodies.map((body) => body.map((e) => e.eventId))).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
  expect(pushBodies([], 1000)).toEqual([]);
});
