import { offerState, transitioned } from './lifecycle';

describe('offerState', () => {
  const period = { startsAt: '2026-12-01T12:00', endsAt: '2026-12-31T00:00' };

  test('a published offer is scheduled before its start, active from it (inclusive), finished at its end (exclusive)', () => {
    expect(offerState('PUBLISHED', period, '2026-12-01T11:59')).toBe('SCHEDULED');
    expect(offerState('PUBLISHED', period, '2026-12-01T12:00')).toBe('ACTIVE');
    expect(offerState('PUBLISHED', period, '2026-12-30T23:59')).toBe('ACTIVE');
    expect(offerState('PUBLISHED', period, '2026-12-31T00:00')).toBe('FINISHED');
  });

  test('open bounds never schedule or finish it; the other states are as stored', () => {
    expect(offerState('PUBLISHED', { startsAt: null, endsAt: null }, '1999-01-01T00:00')).toBe('ACTIVE');
    for (const lifecycle of ['DRAFT', 'PAUSED', 'FINISHED', 'ARCHIVED'] as const) expect(offerState(lifecycle, period, '2026-12-10T00:00')).toBe(lifecycle);
  });
});

describe('transitioned', () => {
  test.each([
    ['DRAFT', 'publish', 'PUBLISHED'],
    ['PUBLISHED', 'pause', 'PAUSED'],
    ['PAUSED', 'resume', 'PUBLISHED'],
    ['PAUSED', 'finish', 'FINISHED'],
    ['PUBLISHED', 'finish', 'FINISHED'],
    ['FINISHED', 'archive', 'ARCHIVED'],
    ['DRAFT', 'archive', 'ARCHIVED'],
  ] as const)('%s → %s → %s', (from, step, to) => {
    expect(transitioned(from, step)).toBe(to);
  });

  test.each([
    ['DRAFT', 'pause'],
    ['PUBLISHED', 'publish'],
    ['PUBLISHED', 'archive'],
    ['FINISHED', 'resume'],
    ['ARCHIVED', 'publish'],
  ] as const)('%s cannot %s', (from, step) => {
    expect(() => transitioned(from, step)).toThrow(expect.objectContaining({ code: 'OFFER_STATE_CONFLICT' }));
  });
});
