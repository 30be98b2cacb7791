import fc from 'fast-check';
import { amount } from '../../subgraphs/ledger/domain/money';
import { type ReferenceOperation, referenceApply, referenceBalance } from '../../subgraphs/ledger/domain/reference-model';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { registerMember, waitForLedger } from '../support/seed';
import { AccrueBonusesDocument, DeductBonusesDocument, MemberBalanceDocument } from './__generated__/operations';

const env = usePlatformWithCompany({ events: true });
const HOUR = 3600_000;
const DAY = 24 * HOUR;

type Generated =
  | { kind: 'ACCRUAL'; hour: number; cents: number; activationDays: number; lifetimeDays: number | null }
  | { kind: 'DEDUCTION'; hour: number; cents: number };

const operation: fc.Arbitrary<Generated> = fc.oneof(
  fc.record({
    kind: fc.constant('ACCRUAL' as const),
    hour: fc.integer({ min: 0, max: 2000 }),
    cents: fc.integer({ min: 1, max: 10_000 }),
    activationDays: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 })),
    lifetimeDays: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant('DEDUCTION' as const), hour: fc.integer({ min: 0, max: 2000 }), cents: fc.integer({ min: 1, max: 8_000 }) }),
);

/** Distinct effective moments, so ties never depend on how each side breaks them. */
const history = fc.uniqueArray(operation, { minLength: 1, maxLength: 14, selector: (op) => op.hour });

function toReference(op: Generated, origin: number): ReferenceOperation {
  const effectiveAt = new Date(origin + op.hour * HOUR);
  const value = amount(op.cents).dividedBy(100);
  if (op.kind === 'DEDUCTION') return { kind: 'DEDUCTION', amount: value, effectiveAt };
  const activatesAt = new Date(effectiveAt.getTime() + op.activationDays * DAY);
  const expiresAt = op.lifetimeDays === null ? null : new Date(activatesAt.getTime() + op.lifetimeDays * DAY);
  return { kind: 'ACCRUAL', amount: value, effectiveAt, activatesAt, expiresAt };
}

const byTime = (a: ReferenceOperation, b: ReferenceOperation) => a.effectiveAt.getTime() - b.effectiveAt.getTime();

test('random histories, applied out of order through the API, give the reference model’s figures at every moment', async () => {
  await fc.assert(
    fc.asyncProperty(history, async (generated) => {
      const { member } = await registerMember(env.platform, env.company.adminToken);
      await waitForLedger(env.platform, member.id);
      const origin = Date.now() - 100 * DAY;
      const accepted: ReferenceOperation[] = [];
      for (const op of generated) {
        const ref = toReference(op, origin);
        const input = { memberId: member.id, amount: ref.amount.toFixed(2), effectiveAt: ref.effectiveAt.toISOString() };
        const errors =
          ref.kind === 'ACCRUAL'
            ? (
                await request(
                  env.platform.gatewayUrl,
                  AccrueBonusesDocument,
                  { input: { ...input, activatesAt: ref.activatesAt.toISOString(), expiresAt: ref.expiresAt?.toISOString() } },
                  { token: env.company.adminToken },
                )
              ).accrueBonuses.errors
            : (await request(env.platform.gatewayUrl, DeductBonusesDocument, { input: { ...input, reason: 'test' } }, { token: env.company.adminToken }))
                .deductBonuses.errors;
        // The model's rule: a change is accepted when, placed at its moment, every spend still fits.
        const modelAccepts = referenceApply([...accepted, ref].sort(byTime), 'EXPIRING_FIRST').accepted.every(Boolean);
        expect({ op, accepted: errors.length === 0 }).toEqual({ op, accepted: modelAccepts });
        if (modelAccepts) accepted.push(ref);
      }
      const model = referenceApply([...accepted].sort(byTime), 'EXPIRING_FIRST');
      for (const hour of [-1, 250, 700, 1200, 1700, 2100, 2400 + 24 * 60]) {
        const at = new Date(origin + hour * HOUR);
        const { member: read } = await request(
          env.platform.gatewayUrl,
          MemberBalanceDocument,
          { id: member.id, asOf: at.toISOString() },
          { token: env.company.adminToken },
        );
        const expected = referenceBalance(model, at);
        const figures = read?.balance;
        expect({ hour, figures }).toEqual({
          hour,
          figures: {
            currency: 'BONUS',
            active: expected.active.toFixed(2),
            nonActivated: expected.nonActivated.toFixed(2),
            totalAccrued: expected.totalAccrued.toFixed(2),
            totalDeducted: expected.totalDeducted.toFixed(2),
            expired: expected.expired.toFixed(2),
            debt: expected.debt.toFixed(2),
            toExpire: expected.toExpire.map((e) => ({ amount: e.amount.toFixed(2), expiresAt: e.expiresAt.toISOString() })),
          },
        });
        // The identity of domain.md, on the API's own figures.
        const f = figures as NonNullable<typeof figures>;
        expect(amount(f.active).plus(f.nonActivated).plus(f.totalDeducted).plus(f.expired).toFixed()).toBe(amount(f.totalAccrued).toFixed());
      }
    }),
    { numRuns: 12 },
  );
}, 300_000);
