/**
 * `npm run bench:offers`: what offers add to the till. 30-line receipts calculated through the
 * gateway by one terminal (calculatePurchase alone, a member named by card), first with the company
 * having no offers, then with 50 live RECEIPT offers of which at least 10 apply to every receipt,
 * side by side in one run. Target (issue 11): the offers add at most 10 ms to the p95.
 * BENCH_OFFERS_CALLS (300) calculations each, after as many unmeasured.
 */
import { randomUUID } from 'node:crypto';
import {
  CalculatePurchaseWithOffersDocument,
  CreateOfferDocument,
  type CreateOfferInput,
  CreatePointOfSaleDocument,
  CreatePosTerminalDocument,
  LoginOperatorDocument,
  LoginTerminalDocument,
  PublishOfferDocument,
  RegisterMemberDocument,
  UpdateProgramRulesDocument,
} from '../tests/e2e/__generated__/operations';
import { ADMIN, gql, percentile, runBench, startBenchPlatform } from './support';

const CALLS = Number(process.env.BENCH_OFFERS_CALLS ?? 300);
const TARGET_MS = 10;

const ROOTS = ['drinks', 'dairy', 'bakery', 'meat', 'fruit', 'frozen', 'household', 'snacks', 'care', 'pets'];
const SUBS = ['a', 'b', 'c'];
const BRANDS = ['north', 'south', 'east', 'west', 'centre'];

/** 30 lines: three of each root category, one per sub-category, brands in turn. */
function receiptLines(seed: number) {
  return Array.from({ length: 30 }, (_, i) => {
    const root = ROOTS[i % ROOTS.length] as string;
    const sub = `${root}-${SUBS[Math.floor(i / ROOTS.length) % SUBS.length]}`;
    return {
      product: `sku-${(seed * 31 + i) % 500}`,
      category: `${root}/${sub}`,
      brand: BRANDS[i % BRANDS.length] as string,
      price: ((50 + ((seed * 7 + i * 13) % 2_000)) / 100).toFixed(2),
      quantity: String(1 + (i % 3)),
    };
  });
}

type Content = CreateOfferInput['content'];
const receiptOffer = (name: string, priority: number, content: Partial<Content>): Content => ({
  name,
  priority,
  event: { kind: 'RECEIPT' },
  actions: [],
  ...content,
});

/** 50 offers: 10 on root categories, 30 on sub-categories, 5 on brands, 5 whose day never comes on a weekday-and-weekend mix. */
function fiftyOffers(): Content[] {
  const offers: Content[] = [];
  for (const [i, root] of ROOTS.entries()) {
    offers.push(
      receiptOffer(`${root} 5 % off`, 10 + i, {
        filters: { productsInclude: [{ category: root }] },
        actions: [{ discount: { base: 'PERCENT', value: '5', rounding: { step: '0.10', of: 'UNIT_PRICE' } } }],
      }),
    );
  }
  for (const root of ROOTS) {
    for (const sub of SUBS) {
      offers.push(
        receiptOffer(`${root}-${sub} double points`, 1, {
          filters: { productsInclude: [{ category: `${root}-${sub}` }] },
          actions: [{ bonusPoints: { base: 'MULTIPLIER', value: '2' } }],
        }),
      );
    }
  }
  for (const brand of BRANDS)
    offers.push(receiptOffer(`${brand} message`, 0, { filters: { productsInclude: [{ brand }] }, actions: [{ receiptMessage: `${brand} says thanks` }] }));
  for (let i = 0; i < 5; i++)
    offers.push(receiptOffer(`night ${i}`, 0, { filters: { hoursFrom: '03:00', hoursTo: '03:01' }, actions: [{ cashierMessage: 'night' }] }));
  return offers;
}

runBench(async () => {
  console.log('starting the platform with the offers subgraph…');
  const platform = await startBenchPlatform({ offers: true });
  try {
    const url = platform.url;
    const admin = (await gql(url, LoginOperatorDocument, { input: { email: ADMIN.adminEmail, password: ADMIN.adminPassword } })).loginOperator.token as string;
    await gql(
      url,
      UpdateProgramRulesDocument,
      { input: { baseAccrualPercent: '5', maxPaymentShare: '0.5', activationDelayDays: 0, lifetimeDays: 365 } },
      admin,
    );
    const pos = (await gql(url, CreatePointOfSaleDocument, { input: { name: 'Store' } }, admin)).createPointOfSale.pointOfSale?.id as string;
    const created = (await gql(url, CreatePosTerminalDocument, { input: { pointOfSaleId: pos, name: 'Till' } }, admin)).createPosTerminal;
    const till = (await gql(url, LoginTerminalDocument, { input: { terminalId: created.terminal?.id as string, secret: created.secret as string } }))
      .loginTerminal.token as string;
    const member = (
      await gql(url, RegisterMemberDocument, { input: { channel: 'CONTACT_CENTER', phone: '+491511000000', firstName: 'Bench', lastName: 'Offers' } }, admin)
    ).registerMember.member;
    const cardNumber = member?.cards[0]?.number as string;

    const time = async () => {
      const calculate = async (seed: number) => {
        const answer = await gql(
          url,
          CalculatePurchaseWithOffersDocument,
          { input: { idempotencyKey: randomUUID(), cardNumber, lines: receiptLines(seed) } },
          till,
        );
        if (!answer.calculatePurchase.purchase) throw new Error(JSON.stringify(answer.calculatePurchase.errors));
        return answer.calculatePurchase.purchase;
      };
      for (let i = 0; i < CALLS; i++) await calculate(i);
      const times: number[] = [];
      let applied = 0;
      for (let i = 0; i < CALLS; i++) {
        const started = performance.now();
        const purchase = await calculate(CALLS + i);
        times.push(performance.now() - started);
        applied += purchase.appliedOffers.length;
      }
      return { times: times.sort((a, b) => a - b), applied: applied / CALLS };
    };

    const without = await time();
    for (const content of fiftyOffers()) {
      const offerId = (await gql(url, CreateOfferDocument, { input: { content } }, admin)).createOffer.offer?.id as string;
      const { publishOffer } = await gql(url, PublishOfferDocument, { input: { offerId } }, admin);
      if (publishOffer.errors.length > 0) throw new Error(JSON.stringify(publishOffer.errors));
    }
    const withOffers = await time();

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const row = (label: string, run: { times: number[]; applied: number }) =>
      console.log(
        `  ${label.padEnd(28)} p50 ${ms(percentile(run.times, 50)).padStart(8)}   p95 ${ms(percentile(run.times, 95)).padStart(8)}   offers applied a receipt ${run.applied.toFixed(1)}`,
      );
    console.log(`\ncalculatePurchase of a 30-line receipt through the gateway, one terminal, ${CALLS} calls after ${CALLS} unmeasured:`);
    row('no offers', without);
    row('50 live offers', withOffers);
    const added = percentile(withOffers.times, 95) - percentile(without.times, 95);
    console.log(`  added to the p95: ${ms(added)} (target ≤ ${TARGET_MS} ms: ${added <= TARGET_MS ? 'met' : 'not met'})`);
  } finally {
    await platform.stop();
  }
});
