import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { amount, Decimal, sum, ZERO } from '../../subgraphs/ledger/domain/money';
import {
  type ReferenceOperation,
  type ReferencePool,
  referenceApply,
  referenceBalance,
  referenceSpendable,
} from '../../subgraphs/ledger/domain/reference-model';
import { joinFamilyOf, leaveFamilyOf } from '../support/family';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { registerSignedInMember, type SeededTerminal, seedTerminal } from '../support/seed';
import {
  AccrueBonusesDocument,
  CalculatePurchaseDocument,
  CalculateRefundDocument,
  ConfirmPurchaseDocument,
  ConfirmRefundDocument,
  CreateFamilyDocument,
  DeductBonusesDocument,
  MemberBalanceDocument,
  RegisterOfflinePurchaseDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

/**
 * Random histories of two members who join and leave a family, accrue and are charged back-dated,
 * buy at the till paying with bonuses, return goods however the request words it, and send offline
 * receipts, checked against the naive reference model: every refusal, every figure of each member
 * at moments between the steps, and what each return gives back and takes.
 */
const env = usePlatformWithCompany({ events: true });
const HOUR = 3600_000;
const MINUTE = 60_000;
const PERCENT = 10;

const who = fc.constantFrom(0, 1);
const hoursAgo = fc.integer({ min: 1, max: 600 });
const step = fc.oneof(
  fc.record({ kind: fc.constant('ACCRUE' as const), who, cents: fc.integer({ min: 100, max: 5000 }), hoursAgo: fc.option(hoursAgo, { nil: null }) }),
  fc.record({ kind: fc.constant('DEDUCT' as const), who, cents: fc.integer({ min: 1, max: 4000 }), hoursAgo: fc.option(hoursAgo, { nil: null }) }),
  fc.record({ kind: fc.constant('OFFLINE' as const), who, units: fc.integer({ min: 1, max: 3 }), dimes: fc.integer({ min: 1, max: 900 }), hoursAgo }),
  fc.record({
    kind: fc.constant('BUY' as const),
    who,
    units: fc.integer({ min: 1, max: 4 }),
    dimes: fc.integer({ min: 1, max: 900 }),
    payPercent: fc.integer({ min: 0, max: 100 }),
  }),
  fc.record({
    kind: fc.constant('RETURN' as const),
    purchase: fc.nat(),
    lines: fc.option(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant('FAMILY' as const) }),
);

interface Member {
  id: string;
  token: string;
  card: string;
}

interface Bought {
  id: string;
  buyer: number;
  units: number;
  paid: Decimal;
  accrual: Decimal;
  returnedUnits: number;
  given: Decimal[];
  taken: Decimal[];
  /** What returns gave back so far of each lot the payment drew (by the lot's label). */
  givenBackOf: Map<string, Decimal>;
}

let lots = 0;
/** Every lot of the model gets a name, so what a payment drew can be followed to whom it belongs. */
const nextLot = () => `lot ${++lots}`;

/** A member's stays in the family (member 1 joins member 0's), as the model's pool. */
function familyPools(stays: Array<{ from: Date; to: Date | null }>): ReferencePool {
  return (memberId, at) => {
    const together = stays.some((s) => s.from <= at && (s.to === null || s.to > at));
    return together ? new Set(['0', '1']) : new Set([memberId]);
  };
}

let till: SeededTerminal;
beforeAll(async () => {
  const rules = { baseAccrualPercent: String(PERCENT), maxPaymentShare: '1', activationDelayDays: 0, lifetimeDays: null };
  await request(env.platform.gatewayUrl, UpdateProgramRulesDocument, { input: rules }, { token: env.company.adminToken });
  // Returns forgive what was spent already, so no debt enters the figures.
  till = await seedTerminal(env.platform, env.company.adminToken, { returnPolicy: 'FORGIVE' });
});

/** A moment strictly between two steps: whatever the platform dates a step with falls on one side of it. */
async function moment(): Promise<Date> {
  await new Promise((resolve) => setTimeout(resolve, 15));
  const at = env.platform.clock.now();
  await new Promise((resolve) => setTimeout(resolve, 15));
  return at;
}

const admin = () => ({ token: env.company.adminToken });
const byTime = (a: ReferenceOperation, b: ReferenceOperation) => a.effectiveAt.getTime() - b.effectiveAt.getTime();
const money = (value: Decimal) => value.toFixed(2);

test('families, purchases, returns and offline receipts in random order match the reference model, figure by figure', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 14 }), async (steps) => {
      const members: Member[] = [];
      for (let i = 0; i < 2; i++) {
        const { member, token } = await registerSignedInMember(env.platform, env.company);
        members.push({ id: member.id, token, card: member.cards[0]?.number as string });
      }
      await request(env.platform.gatewayUrl, CreateFamilyDocument, { input: {} }, { token: members[0]?.token as string });
      const memberOf = (i: number) => members[i] as Member;
      const origin = env.platform.clock.now().getTime();
      const accepted: ReferenceOperation[] = [];
      const stays: Array<{ from: Date; to: Date | null }> = [];
      const bought: Bought[] = [];
      const samples: Date[] = [600, 400, 200, 50, 1].map((h) => new Date(origin - h * HOUR - 30 * MINUTE));
      const model = () => referenceApply([...accepted].sort(byTime), 'EXPIRING_FIRST', familyPools(stays));
      let last = await moment();

      for (const [index, s] of steps.entries()) {
        // Back-dated steps land at distinct moments in the past; the others at the platform's now.
        const backDated = 'hoursAgo' in s && s.hoursAgo !== null ? new Date(origin - s.hoursAgo * HOUR - (index + 1) * MINUTE) : null;
        const at = backDated ?? new Date(last.getTime() + 1);
        const memberId = 'who' in s ? String(s.who) : '';
        const tryAdd = (ops: ReferenceOperation[]) => {
          const fits = referenceApply([...accepted, ...ops].sort(byTime), 'EXPIRING_FIRST', familyPools(stays)).accepted.every(Boolean);
          if (fits) accepted.push(...ops);
          return fits;
        };
        const record = { step: s, index };

        if (s.kind === 'ACCRUE' || s.kind === 'DEDUCT') {
          const value = amount(s.cents).dividedBy(100);
          const input = { memberId: memberOf(s.who).id, amount: money(value), effectiveAt: backDated?.toISOString() ?? null };
          const errors =
            s.kind === 'ACCRUE'
              ? (await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input }, admin())).accrueBonuses.errors
              : (await request(env.platform.gatewayUrl, DeductBonusesDocument, { input: { ...input, reason: 'test' } }, admin())).deductBonuses.errors;
          const op: ReferenceOperation =
            s.kind === 'ACCRUE'
              ? { kind: 'ACCRUAL', amount: value, effectiveAt: at, activatesAt: at, expiresAt: null, memberId, label: nextLot() }
              : { kind: 'DEDUCTION', amount: value, effectiveAt: at, memberId };
          expect({ ...record, accepted: errors.length === 0 }).toEqual({ ...record, accepted: tryAdd([op]) });
        }

        if (s.kind === 'OFFLINE') {
          const lines = [{ product: 'tea', price: money(amount(s.dimes).dividedBy(10)), quantity: String(s.units) }];
          const input = { idempotencyKey: randomUUID(), cardNumber: memberOf(s.who).card, lines, occurredAt: at.toISOString() };
          const { registerOfflinePurchase } = await request(env.platform.gatewayUrl, RegisterOfflinePurchaseDocument, { input }, { token: till.token });
          expect({ ...record, errors: registerOfflinePurchase.errors }).toEqual({ ...record, errors: [] });
          const accrual = amount(registerOfflinePurchase.purchase?.accrual as string);
          expect(accrual.toFixed()).toBe(
            amount(s.dimes * s.units * PERCENT)
              .dividedBy(1000)
              .toFixed(),
          );
          expect(tryAdd([{ kind: 'ACCRUAL', amount: accrual, effectiveAt: at, activatesAt: at, expiresAt: null, memberId, label: nextLot() }])).toBe(true);
        }

        if (s.kind === 'BUY') {
          const total = amount(s.dimes * s.units).dividedBy(10);
          const pay = total.times(s.payPercent).dividedBy(100).toDecimalPlaces(2, 1);
          const spendable = referenceSpendable(model(), memberId, at, familyPools(stays));
          const lines = [{ product: 'toy', price: money(amount(s.dimes).dividedBy(10)), quantity: String(s.units) }];
          const input = { idempotencyKey: randomUUID(), cardNumber: memberOf(s.who).card, lines, payWithBonuses: pay.isZero() ? null : money(pay) };
          const { calculatePurchase } = await request(env.platform.gatewayUrl, CalculatePurchaseDocument, { input }, { token: till.token });
          const expectedErrors = pay.gt(spendable) ? ['INSUFFICIENT_BALANCE'] : [];
          expect({ ...record, spendable: spendable.toFixed(), errors: calculatePurchase.errors.map((e) => e.code) }).toEqual({
            ...record,
            spendable: spendable.toFixed(),
            errors: expectedErrors,
          });
          if (expectedErrors.length === 0) {
            const purchaseId = calculatePurchase.purchase?.id as string;
            const { confirmPurchase } = await request(
              env.platform.gatewayUrl,
              ConfirmPurchaseDocument,
              { input: { idempotencyKey: randomUUID(), purchaseId } },
              { token: till.token },
            );
            expect(confirmPurchase.errors).toEqual([]);
            const accrual = amount(confirmPurchase.purchase?.accrual as string);
            // The base accrual: a percent of what was paid in money, to the cent.
            expect(accrual.minus(total.minus(pay).times(PERCENT).dividedBy(100)).abs().lt(0.01)).toBe(true);
            const label = `purchase ${purchaseId}`;
            const ops: ReferenceOperation[] = [
              {
                kind: 'ACCRUAL',
                amount: accrual,
                effectiveAt: new Date(at.getTime() + 1),
                activatesAt: new Date(at.getTime() + 1),
                expiresAt: null,
                memberId,
                label,
              },
            ];
            if (pay.gt(0)) ops.unshift({ kind: 'PAYMENT', amount: pay, effectiveAt: at, memberId, label: `payment ${purchaseId}` });
            expect(tryAdd(ops.filter((op) => !op.amount.isZero()))).toBe(true);
            bought.push({ id: purchaseId, buyer: s.who, units: s.units, paid: pay, accrual, returnedUnits: 0, given: [], taken: [], givenBackOf: new Map() });
          }
        }

        if (s.kind === 'RETURN' && bought.length > 0) {
          const purchase = bought[s.purchase % bought.length] as Bought;
          const asked = s.lines ?? [purchase.units - purchase.returnedUnits];
          const left = purchase.units - purchase.returnedUnits;
          const input = {
            idempotencyKey: randomUUID(),
            purchaseId: purchase.id,
            lines: s.lines?.map((quantity) => ({ lineNo: 1, quantity: String(quantity) })),
          };
          const { calculateRefund } = await request(env.platform.gatewayUrl, CalculateRefundDocument, { input }, { token: till.token });
          const askedUnits = asked.reduce((a, b) => a + b, 0);
          const expectRefusal = left === 0 || askedUnits > left;
          expect({ ...record, left, refused: calculateRefund.errors.map((e) => e.code) }).toEqual({
            ...record,
            left,
            refused: expectRefusal ? ['INVALID_RECEIPT'] : [],
          });
          if (!expectRefusal) {
            const refundId = calculateRefund.refund?.id as string;
            const { confirmRefund } = await request(
              env.platform.gatewayUrl,
              ConfirmRefundDocument,
              { input: { idempotencyKey: randomUUID(), refundId } },
              { token: till.token },
            );
            expect(confirmRefund.errors).toEqual([]);
            const refund = confirmRefund.refund as NonNullable<typeof confirmRefund.refund>;
            const given = amount(refund.bonusReturned);
            const share = amount(refund.accrualTakenBack).plus(refund.accrualForgiven);
            purchase.returnedUnits += askedUnits;
            purchase.given.push(given);
            purchase.taken.push(share);
            // However the return is worded, together the returns give back what was paid and take back what was accrued, never more.
            const everything = purchase.returnedUnits === purchase.units;
            for (const [done, whole] of [
              [sum(purchase.given), purchase.paid],
              [sum(purchase.taken), purchase.accrual],
            ] as const) {
              expect(everything ? done.eq(whole) : done.lte(whole)).toBe(true);
              expect(done.minus(whole.times(purchase.returnedUnits).dividedBy(purchase.units)).abs().lte(0.01)).toBe(true);
            }
            // Paid bonuses go back to whom the payment drew them from (a relative too), newest lot first.
            const buyer = String(purchase.buyer);
            const state = model();
            const drawn = new Map<string, { owner: string; accruedAt: Date; amount: Decimal }>();
            for (const draw of state.spends.find((spend) => spend.label === `payment ${purchase.id}`)?.draws ?? []) {
              const label = draw.lot.label as string;
              const before = drawn.get(label)?.amount ?? ZERO;
              drawn.set(label, { owner: draw.lot.owner, accruedAt: draw.lot.effectiveAt, amount: before.plus(draw.amount) });
            }
            const returnedLots: ReferenceOperation[] = [];
            let toGive = given;
            for (const [label, draw] of [...drawn.entries()].sort(([, a], [, b]) => b.accruedAt.getTime() - a.accruedAt.getTime())) {
              const piece = Decimal.min(toGive, draw.amount.minus(purchase.givenBackOf.get(label) ?? ZERO));
              if (piece.lte(0)) continue;
              purchase.givenBackOf.set(label, (purchase.givenBackOf.get(label) ?? ZERO).plus(piece));
              toGive = toGive.minus(piece);
              returnedLots.push({
                kind: 'RETURNED_PAYMENT',
                amount: piece,
                effectiveAt: at,
                activatesAt: at,
                expiresAt: null,
                memberId: draw.owner,
                label: nextLot(),
              });
            }
            expect({ ...record, notTracedToADraw: toGive.toFixed(2) }).toEqual({ ...record, notTracedToADraw: '0.00' });
            // What is taken back: the purchase's own lot first, then the buyer's active pool; the rest is forgiven.
            const ownLeft = state.lots.find((l) => l.label === `purchase ${purchase.id}`)?.left ?? ZERO;
            const fromOwn = Decimal.min(ownLeft, share);
            const withReturned = referenceApply([...accepted, ...returnedLots].sort(byTime), 'EXPIRING_FIRST', familyPools(stays));
            const spendable = referenceSpendable(withReturned, buyer, at, familyPools(stays));
            const fromPool = Decimal.min(share.minus(fromOwn), spendable.minus(fromOwn));
            expect({ ...record, takenBack: refund.accrualTakenBack }).toEqual({ ...record, takenBack: money(fromOwn.plus(fromPool)) });
            const ops: ReferenceOperation[] = [
              ...returnedLots,
              { kind: 'DEDUCTION', amount: fromOwn, effectiveAt: new Date(at.getTime() + 1), memberId: buyer, pinnedTo: `purchase ${purchase.id}` },
              { kind: 'DEDUCTION', amount: fromPool, effectiveAt: new Date(at.getTime() + 2), memberId: buyer },
            ];
            expect(tryAdd(ops.filter((op) => !op.amount.isZero()))).toBe(true);
          }
        }

        if (s.kind === 'FAMILY') {
          const open = stays.find((stay) => stay.to === null);
          if (open) {
            await leaveFamilyOf(env.platform, { member: memberOf(1), token: memberOf(1).token });
            open.to = at;
          } else {
            const [head, relative] = [memberOf(0), memberOf(1)];
            await joinFamilyOf(env.platform, { member: head, token: head.token }, { member: relative, token: relative.token });
            stays.push({ from: at, to: null });
          }
        }

        if (!backDated) {
          last = await moment();
          samples.push(last);
        }
      }

      const state = model();
      const pools = familyPools(stays);
      for (const at of samples) {
        for (const [i, member] of members.entries()) {
          const { member: read } = await request(env.platform.gatewayUrl, MemberBalanceDocument, { id: member.id, asOf: at.toISOString() }, admin());
          const expected = referenceBalance(state, at, pools(String(i), at));
          expect({ at, member: i, figures: read?.balance }).toEqual({
            at,
            member: i,
            figures: {
              currency: 'BONUS',
              active: money(expected.active),
              nonActivated: '0.00',
              totalAccrued: money(expected.totalAccrued),
              totalDeducted: money(expected.totalDeducted),
              expired: '0.00',
              debt: '0.00',
              toExpire: [],
            },
          });
        }
      }
    }),
    { numRuns: 8 },
  );
}, 400_000);
