import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { registerMember, waitForLedger } from '../support/seed';
import { AccrueBonusesDocument, DeductBonusesDocument, MemberLotsDocument, UpdateProgramRulesDocument } from './__generated__/operations';

// A spend made now reads the first lots in spending order (24, replay-store's FirstLots) and all of
// them only when those fall short: these members hold more, so both ways are taken.
const env = usePlatformWithCompany({ events: true });
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const LOTS = 30;

type Order = 'EXPIRING_FIRST' | 'OLDEST_FIRST' | 'NEWEST_FIRST';
interface Lot {
  accruedAt: number;
  expiresAt: number | null;
  remaining: number;
}

const admin = () => ({ token: env.company.adminToken });

/** The order each rule names, written out here on its own (never-expiring lots last when expiry decides). */
function drawOrder(lots: Lot[], order: Order): Lot[] {
  const byAccrual = (a: Lot, b: Lot) => a.accruedAt - b.accruedAt;
  if (order === 'OLDEST_FIRST') return [...lots].sort(byAccrual);
  if (order === 'NEWEST_FIRST') return [...lots].sort((a, b) => byAccrual(b, a));
  return [...lots].sort((a, b) => (a.expiresAt ?? Infinity) - (b.expiresAt ?? Infinity) || byAccrual(a, b));
}

function draw(lots: Lot[], order: Order, cents: number): void {
  let left = cents;
  for (const lot of drawOrder(lots, order)) {
    const take = Math.min(lot.remaining, left);
    lot.remaining -= take;
    left -= take;
  }
  if (left > 0) throw new Error('the model ran out of lots');
}

async function deduct(memberId: string, amount: string) {
  const { deductBonuses } = await request(env.platform.gatewayUrl, DeductBonusesDocument, { input: { memberId, amount, reason: 'correction' } }, admin());
  expect(deductBonuses.errors).toEqual([]);
}

async function lotsLeft(memberId: string) {
  const { member } = await request(env.platform.gatewayUrl, MemberLotsDocument, { id: memberId, asOf: null, first: 100 }, admin());
  return member?.balance;
}

const shown = (lots: Array<{ accruedAt: string; remaining: string }>) =>
  lots.map((lot) => ({ accruedAt: lot.accruedAt, remaining: lot.remaining })).sort((a, b) => a.accruedAt.localeCompare(b.accruedAt));

describe.each<Order>(['EXPIRING_FIRST', 'OLDEST_FIRST', 'NEWEST_FIRST'])('spending order %s with more lots than a spend reads first', (order) => {
  afterAll(async () => {
    await request(env.platform.gatewayUrl, UpdateProgramRulesDocument, { input: { spendingOrder: 'EXPIRING_FIRST' } }, admin());
  });

  test('small deductions and one drawing most lots each take exactly the lots the order names, never one not yet active', async () => {
    const { updateProgramRules } = await request(env.platform.gatewayUrl, UpdateProgramRulesDocument, { input: { spendingOrder: order } }, admin());
    expect(updateProgramRules.currency?.rules?.spendingOrder).toBe(order);
    const { member } = await registerMember(env.platform, env.company.adminToken);
    await waitForLedger(env.platform, member.id);
    const now = env.platform.clock.now().getTime();
    // 30 lots of 1.00 accrued out of order: four expiring (in an order of their own), the rest never,
    // so that a read of the first lots in any other order would miss some the order names.
    const model: Lot[] = [];
    for (const i of Array.from({ length: LOTS }, (_, n) => (n * 11) % LOTS)) {
      const lot = { accruedAt: now - (i + 1) * HOUR, expiresAt: i % 8 === 0 ? now + (((i * 7) % LOTS) + 1) * DAY : null, remaining: 100 };
      model.push(lot);
      const expiresAt = lot.expiresAt === null ? {} : { expiresAt: new Date(lot.expiresAt).toISOString() };
      const { accrueBonuses } = await request(
        env.platform.gatewayUrl,
        AccrueBonusesDocument,
        { input: { memberId: member.id, amount: '1.00', effectiveAt: new Date(lot.accruedAt).toISOString(), ...expiresAt } },
        admin(),
      );
      expect(accrueBonuses.errors).toEqual([]);
    }
    // Newest, soonest to expire, but not active yet: first in two of the orders, and never drawn.
    const pending = { accruedAt: now - 1000, expiresAt: now + 12 * HOUR, remaining: 500 };
    const { accrueBonuses } = await request(
      env.platform.gatewayUrl,
      AccrueBonusesDocument,
      {
        input: {
          memberId: member.id,
          amount: '5.00',
          effectiveAt: new Date(pending.accruedAt).toISOString(),
          activatesAt: new Date(now + HOUR).toISOString(),
          expiresAt: new Date(pending.expiresAt).toISOString(),
        },
      },
      admin(),
    );
    expect(accrueBonuses.errors).toEqual([]);

    // Each deduction leaves exactly what the model's draws leave: the lots it took are the order's first.
    const expectLeft = async (active: string) => {
      const expected = [...model, pending]
        .filter((lot) => lot.remaining > 0)
        .map((lot) => ({ accruedAt: new Date(lot.accruedAt).toISOString(), remaining: (lot.remaining / 100).toFixed(2) }));
      const balance = await lotsLeft(member.id);
      expect(balance?.active).toBe(active);
      expect(balance?.nonActivated).toBe('5.00');
      expect(shown(balance?.lots ?? [])).toEqual(expected.sort((a, b) => a.accruedAt.localeCompare(b.accruedAt)));
    };
    await deduct(member.id, '2.50');
    draw(model, order, 250);
    await expectLeft('27.50');
    await deduct(member.id, '3.00');
    draw(model, order, 300);
    await expectLeft('24.50');
    await deduct(member.id, '20.00');
    draw(model, order, 2000);
    await expectLeft('4.50');
  });
});
