import { type Membership, poolTimeline } from './family-history';
import type { LotState } from './lots';
import { amount } from './money';
import { placeSpends } from './replay';

const at = (day: number) => new Date(Date.UTC(2026, 0, 1 + day));
const lot = (id: string, accountId: string, remaining: string, day: number, activatesDay = day): LotState => ({
  id,
  accountId,
  effectiveAt: at(day),
  activatesAt: at(activatesDay),
  expiresAt: null,
  remaining: amount(remaining),
});

// X (account ax) and Y (account ay) shared family F from day 2 to day 6.
const accounts = [
  { id: 'ax', memberId: 'x' },
  { id: 'ay', memberId: 'y' },
];
const history: Membership[] = [
  { memberId: 'x', familyId: 'f', joinedAt: at(2), leftAt: at(6) },
  { memberId: 'y', familyId: 'f', joinedAt: at(2), leftAt: at(6) },
];
const poolAt = poolTimeline(accounts, history);

test('a member’s pool is their family as it was at the moment, not today’s', () => {
  expect([...poolAt('y', at(1))]).toEqual(['ay']);
  expect([...poolAt('y', at(4))].sort()).toEqual(['ax', 'ay']);
  expect([...poolAt('y', at(6))]).toEqual(['ay']);
});

test('a spend made inside the family draws the family’s lots; after the family split, only the spender’s own', () => {
  const lots = [lot('lx', 'ax', '10', 0), lot('ly', 'ay', '10', 1)];
  const spends = [
    { operationId: 1n, memberId: 'y', amount: amount(6), effectiveAt: at(4) },
    { operationId: 2n, memberId: 'y', amount: amount(3), effectiveAt: at(7) },
  ];
  const placed = placeSpends(lots, spends, 'OLDEST_FIRST', poolAt);
  // Day 4: X's lot is the oldest the family holds. Day 7: Y alone, X's lot out of reach.
  expect(placed.map((d) => [d.operationId, d.lotId, d.amount.toFixed()])).toEqual([
    [1n, 'lx', '6'],
    [2n, 'ly', '3'],
  ]);
  // Y alone could not have spent 12 on day 7, even though X's lot still holds 4.
  expect(() => placeSpends(lots, [{ operationId: null, memberId: 'y', amount: amount(12), effectiveAt: at(7) }], 'OLDEST_FIRST', poolAt)).toThrow(
    expect.objectContaining({ code: 'INSUFFICIENT_BALANCE' }),
  );
});

test('a pinned draw stays on its lot (not active yet) and other spends are placed around it', () => {
  const lots = [lot('own', 'ay', '5', 1, 20), lot('active', 'ay', '10', 0)];
  const spends = [
    { operationId: 1n, memberId: 'y', amount: amount(5), effectiveAt: at(3), pinnedLotId: 'own' },
    { operationId: 2n, memberId: 'y', amount: amount(10), effectiveAt: at(4) },
  ];
  const placed = placeSpends(lots, spends, 'EXPIRING_FIRST', poolAt);
  expect(placed.map((d) => [d.operationId, d.lotId, d.amount.toFixed(), d.pinned === true])).toEqual([
    [1n, 'own', '5', true],
    [2n, 'active', '10', false],
  ]);
  // A pinned draw its lot no longer covers refuses the change that caused it.
  expect(() => placeSpends([lot('own', 'ay', '4', 1, 20)], [spends[0] as (typeof spends)[0]], 'EXPIRING_FIRST', poolAt)).toThrow(/later recorded spend/);
});
