import {
  AccrueBonusesDocument,
  CreateCurrencyDocument,
  CreateLimitDocument,
  DeductBonusesDocument,
  StaffActionsDocument,
  UpdateLimitDocument,
  UpdateProgramRulesDocument,
} from '../e2e/__generated__/operations';
import { eventually } from '../support/eventually';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { registerMember, seedTerminal, waitForLedger } from '../support/seed';
import { buyAtTill } from '../support/till';

/**
 * One trail across subgraphs: what operators change in the ledger (bonuses by hand, currencies,
 * rules, limits) shows in staffActions beside what they change in the members subgraph, with who
 * did it; what tills do does not.
 */
const env = usePlatformWithCompany({ events: true });

const operatorIdOf = (token: string): string => JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8')).sub;

/** The trail read by the security officer, waiting for the ledger's entries to arrive. */
function trailUntil(security: string, filter: object, done: (actions: string[]) => boolean) {
  return eventually(
    async () => {
      const { staffActions } = await request(env.platform.gatewayUrl, StaffActionsDocument, { filter, first: 50 }, { token: security });
      const nodes = staffActions.edges.map((e) => e.node);
      return done(nodes.map((n) => n.action)) ? nodes : undefined;
    },
    'the awaited entries in the staff trail',
    { intervalMs: 100 },
  );
}

test('an operator’s bonuses by hand, currencies, rules and limits are in the trail, with whom they concerned', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  await waitForLedger(env.platform, member.id);
  const operator = await env.company.operator('OPERATOR');
  const security = await env.company.operator('SECURITY');
  const admin = { token: env.company.adminToken };

  const accrued = await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '10' } }, { token: operator });
  expect(accrued.accrueBonuses.errors).toEqual([]);
  const deducted = await request(
    env.platform.gatewayUrl,
    DeductBonusesDocument,
    { input: { memberId: member.id, amount: '3', reason: 'goodwill correction' } },
    { token: operator },
  );
  expect(deducted.deductBonuses.errors).toEqual([]);
  expect(
    (await request(env.platform.gatewayUrl, CreateCurrencyDocument, { input: { code: 'MILES', name: 'Miles', exchangeRate: '2' } }, admin)).createCurrency
      .errors,
  ).toEqual([]);
  expect((await request(env.platform.gatewayUrl, UpdateProgramRulesDocument, { input: { baseAccrualPercent: '4' } }, admin)).updateProgramRules.errors).toEqual(
    [],
  );
  const { createLimit } = await request(
    env.platform.gatewayUrl,
    CreateLimitDocument,
    { input: { name: 'big accruals', metric: 'CARD_ACCRUED', period: 'DAY', refuseAbove: '50000' } },
    { token: security },
  );
  expect(createLimit.errors).toEqual([]);
  const definition = { name: 'big accruals', metric: 'CARD_ACCRUED' as const, period: 'DAY' as const, refuseAbove: '60000' };
  const { updateLimit } = await request(
    env.platform.gatewayUrl,
    UpdateLimitDocument,
    { input: { limitId: createLimit.limit?.id as string, definition, active: false } },
    { token: security },
  );
  expect(updateLimit.errors).toEqual([]);

  const operatorId = operatorIdOf(operator);
  // Each action's event reaches the trail on its own, in any order: wait for both.
  const onMember = await trailUntil(
    security,
    { memberId: member.id },
    (actions) => actions.includes('bonuses.deducted') && actions.includes('bonuses.accrued'),
  );
  expect(onMember.filter((a) => a.operatorId === operatorId).map((a) => a.action)).toEqual(['bonuses.deducted', 'bonuses.accrued']);

  const wanted = ['currency.created', 'program_rules.updated', 'limit.created', 'limit.updated'];
  const all = await trailUntil(security, {}, (actions) => wanted.every((action) => actions.includes(action)));
  const byAction = (action: string) => all.find((a) => a.action === action);
  expect(byAction('currency.created')?.operatorId).toBe(operatorIdOf(env.company.adminToken));
  expect(byAction('program_rules.updated')?.operatorId).toBe(operatorIdOf(env.company.adminToken));
  expect(byAction('limit.created')?.operatorId).toBe(operatorIdOf(security));
  expect(byAction('limit.updated')?.operatorId).toBe(operatorIdOf(security));
});

test('what a till does is not a staff action', async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  await waitForLedger(env.platform, member.id);
  const till = await seedTerminal(env.platform, env.company.adminToken);
  // The purchase accrues (bonuses.accrued by the till), so there is something to leave out.
  await request(env.platform.gatewayUrl, UpdateProgramRulesDocument, { input: { baseAccrualPercent: '5' } }, { token: env.company.adminToken });
  const purchase = await buyAtTill(env.platform, till, { cardNumber: member.cards[0]?.number, lines: [{ product: 'bread', price: '30.00', quantity: '1' }] });
  expect(purchase.accrual).not.toBe('0.00');
  const security = await env.company.operator('SECURITY');
  // A marker action after the purchase: once it is in the trail, the purchase's events have been handled.
  await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '1' } }, { token: env.company.adminToken });
  const onMember = await trailUntil(security, { memberId: member.id }, (actions) => actions.includes('bonuses.accrued'));
  expect(onMember.map((a) => a.action).filter((action) => action.startsWith('bonuses.') || action.startsWith('purchase.'))).toEqual(['bonuses.accrued']);
});
