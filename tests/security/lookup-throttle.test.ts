import { randomInt, randomUUID } from 'node:crypto';
import pg from 'pg';
import { countLookupMiss, keepLookupLock, LOOKUP_POLICY } from '../../infra/throttle/lookup-throttle';
import { cardNumberFor } from '../../subgraphs/members/domain/card-number';
import {
  BindCardDocument,
  CalculateManualOperationDocument,
  CalculatePurchaseDocument,
  CardByNumberDocument,
  RegisterMemberDocument,
} from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { call, request } from '../support/graphql-client';
import { registerMember, type SeededTerminal, seedTerminal, seedTerminalAt, uniquePhone, waitForLedgerCard } from '../support/seed';

/**
 * Card numbers are sequential: a terminal naming numbers it does not know could harvest who holds
 * which. Each terminal may name LOOKUP_POLICY.maxUnknown unknown cards or phones per window, in
 * both subgraphs together; after that it looks nobody up anywhere (known cards included, or the
 * refusal itself would tell which numbers exist) until the lock lapses. The count lives in PostgreSQL and is taken atomically, so parallel
 * look-ups cannot slip past it.
 */
const env = usePlatformWithCompany({ events: true });
const PARALLEL = 40;
let knownCard: string;
let knownPhone: string;

beforeAll(async () => {
  const { member } = await registerMember(env.platform, env.company.adminToken);
  knownCard = member.cards[0]?.number as string;
  knownPhone = member.phone as string;
  await waitForLedgerCard(env.platform, knownCard);
});

/** A well-formed card number (valid check digit) that no batch issued. */
const unknownCard = () => cardNumberFor('8', BigInt(randomInt(1, 2 ** 40)));
const lines = [{ product: 'bread', price: '3.00', quantity: '1' }];

async function lookUpCard(till: SeededTerminal, number: string) {
  const result = await call(env.platform.gatewayUrl, CardByNumberDocument, { number }, { token: till.token });
  return { found: result.data?.card != null, code: (result.errors?.[0]?.extensions?.code as string | undefined) ?? null };
}

async function calculateFor(till: SeededTerminal, named: { cardNumber: string } | { phone: string }) {
  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), ...named, lines } },
    { token: till.token },
  );
  return calculatePurchase.errors[0]?.code ?? 'OK';
}

/** How many answers carried each code ('null': none), every code of interest present. */
function tally(codes: Array<string | null>) {
  const counts = { null: 0, OK: 0, CARD_NOT_FOUND: 0, MEMBER_NOT_FOUND: 0, LOOKUP_RATE_LIMITED: 0 } as Record<string, number>;
  for (const code of codes) counts[String(code)] = (counts[String(code)] ?? 0) + 1;
  return counts as Record<'null' | 'OK' | 'CARD_NOT_FOUND' | 'MEMBER_NOT_FOUND' | 'LOOKUP_RATE_LIMITED', number>;
}

describe('the card query (members subgraph)', () => {
  test(`${PARALLEL} parallel unknown numbers: at most ${LOOKUP_POLICY.maxUnknown} are looked up, then the terminal looks nobody up`, async () => {
    const till = await seedTerminal(env.platform, env.company.adminToken);
    const neighbour = await seedTerminalAt(env.platform, env.company.adminToken, till.pointOfSaleId);
    const answers = await Promise.all(Array.from({ length: PARALLEL }, () => lookUpCard(till, unknownCard())));
    const counts = tally(answers.map((a) => a.code));
    expect(answers.every((a) => !a.found)).toBe(true);
    expect(counts.null).toBeLessThanOrEqual(LOOKUP_POLICY.maxUnknown);
    expect(counts.LOOKUP_RATE_LIMITED).toBeGreaterThanOrEqual(PARALLEL - LOOKUP_POLICY.maxUnknown);
    expect(counts.null + counts.LOOKUP_RATE_LIMITED).toBe(PARALLEL);

    // Known cards too: otherwise "refused" would mean "unknown" and "answered" would mean "exists".
    expect(await lookUpCard(till, knownCard)).toEqual({ found: false, code: 'LOOKUP_RATE_LIMITED' });
    const { bindCard } = await request(
      env.platform.gatewayUrl,
      BindCardDocument,
      { input: { idempotencyKey: randomUUID(), cardNumber: unknownCard(), phone: uniquePhone() } },
      { token: till.token },
    );
    expect(bindCard.errors[0]?.code).toBe('LOOKUP_RATE_LIMITED');
    // Registering names a phone too: PHONE_TAKEN would tell who is registered.
    const { registerMember: registration } = await request(
      env.platform.gatewayUrl,
      RegisterMemberDocument,
      { input: { idempotencyKey: randomUUID(), channel: 'POS', phone: knownPhone, firstName: 'Probe' } },
      { token: till.token },
    );
    expect(registration.errors[0]?.code).toBe('LOOKUP_RATE_LIMITED');
    // The ledger refuses the same terminal at once: the lock was announced to it.
    expect(await calculateFor(till, { cardNumber: knownCard })).toBe('LOOKUP_RATE_LIMITED');
    // Another terminal, even at the same point of sale, is not held up.
    expect(await lookUpCard(neighbour, knownCard)).toEqual({ found: true, code: null });

    // The lock lapses after its time: look-ups work again.
    env.platform.clock.advance(LOOKUP_POLICY.lockMs + 1000);
    expect(await lookUpCard(till, knownCard)).toEqual({ found: true, code: null });
  });

  test('an honest till looking up many known cards, and a few unknown ones, is never locked', async () => {
    const till = await seedTerminal(env.platform, env.company.adminToken);
    // Found cards never count, however many are in flight at once.
    const parallel = await Promise.all(Array.from({ length: 3 * LOOKUP_POLICY.maxUnknown }, () => lookUpCard(till, knownCard)));
    expect(parallel.every((a) => a.found)).toBe(true);
    for (let i = 0; i < LOOKUP_POLICY.maxUnknown - 1; i++) expect((await lookUpCard(till, unknownCard())).code).toBeNull();
    for (let i = 0; i < 3 * LOOKUP_POLICY.maxUnknown; i++) expect(await lookUpCard(till, knownCard)).toEqual({ found: true, code: null });
  });
});

describe('a sliding window', () => {
  test('misses are counted over any 10 minutes: a burst just after a window would end is still counted with the one before', async () => {
    const till = await seedTerminal(env.platform, env.company.adminToken);
    expect((await lookUpCard(till, unknownCard())).code).toBeNull();
    env.platform.clock.advance(LOOKUP_POLICY.windowMs - 60_000);
    for (let i = 1; i < LOOKUP_POLICY.maxUnknown; i++) expect((await lookUpCard(till, unknownCard())).code).toBeNull();
    // The first miss is out of the window now; the other nine are in it.
    env.platform.clock.advance(2 * 60_000);
    expect((await lookUpCard(till, unknownCard())).code).toBeNull();
    expect((await lookUpCard(till, unknownCard())).code).toBe('LOOKUP_RATE_LIMITED');
  });

  test('a lock kept from the other subgraph refuses the next miss counted here, however few misses this side saw', async () => {
    const till = await seedTerminal(env.platform, env.company.adminToken);
    const client = new pg.Client({ connectionString: env.platform.databaseUrl });
    await client.connect();
    try {
      await client.query('SET search_path TO ledger');
      // What the subgraphs' Prisma clients do with a tagged statement, over plain pg.
      const raw = {
        $queryRaw: async <T>(parts: TemplateStringsArray, ...values: unknown[]) =>
          (
            await client.query(
              parts.reduce((sql, part, i) => `${sql}$${i}${part}`),
              values,
            )
          ).rows as T,
      };
      const lockedUntil = new Date(env.platform.clock.now().getTime() + 60_000);
      await keepLookupLock(raw, till.terminalId, lockedUntil);
      expect(await countLookupMiss(raw, till.terminalId, env.platform.clock.now())).toEqual({ lockedUntil, locks: false });
    } finally {
      await client.end();
    }
  });
});

describe('registration at the till', () => {
  test('a refusal that tells a phone, email or card is taken counts as a look-up', async () => {
    const till = await seedTerminal(env.platform, env.company.adminToken);
    const register = async (phone: string) =>
      (
        await request(
          env.platform.gatewayUrl,
          RegisterMemberDocument,
          { input: { idempotencyKey: randomUUID(), channel: 'POS', phone, cardNumber: knownCard, firstName: 'Probe' } },
          { token: till.token },
        )
      ).registerMember.errors[0]?.code;
    // A bound card with a fresh phone answers CARD_ALREADY_BOUND, with a registered one PHONE_TAKEN: both tell.
    expect(await register(knownPhone)).toBe('PHONE_TAKEN');
    for (let i = 1; i < LOOKUP_POLICY.maxUnknown; i++) expect(await register(uniquePhone())).toBe('CARD_ALREADY_BOUND');
    expect(await register(uniquePhone())).toBe('LOOKUP_RATE_LIMITED');
    expect(await register(knownPhone)).toBe('LOOKUP_RATE_LIMITED');
  });
});

describe('one count for both subgraphs', () => {
  test('misses in the card query and at the till add up to one limit, and the lock holds in both', async () => {
    const till = await seedTerminal(env.platform, env.company.adminToken);
    const viaMembers = Math.ceil(LOOKUP_POLICY.maxUnknown / 2);
    for (let i = 0; i < viaMembers; i++) expect((await lookUpCard(till, unknownCard())).code).toBeNull();
    for (let i = viaMembers; i < LOOKUP_POLICY.maxUnknown; i++) expect(await calculateFor(till, { cardNumber: unknownCard() })).toBe('CARD_NOT_FOUND');
    // The limit is spent between them: the next miss, wherever it is made, locks the terminal everywhere.
    expect(await calculateFor(till, { phone: uniquePhone() })).toBe('LOOKUP_RATE_LIMITED');
    expect(await lookUpCard(till, knownCard)).toEqual({ found: false, code: 'LOOKUP_RATE_LIMITED' });
    expect(await calculateFor(till, { cardNumber: knownCard })).toBe('LOOKUP_RATE_LIMITED');
  });
});

describe('till calls naming a card or phone (ledger subgraph)', () => {
  test(`${PARALLEL} parallel purchases for unknown cards: at most ${LOOKUP_POLICY.maxUnknown} CARD_NOT_FOUND, the rest LOOKUP_RATE_LIMITED`, async () => {
    const till = await seedTerminal(env.platform, env.company.adminToken);
    const codes = await Promise.all(Array.from({ length: PARALLEL }, () => calculateFor(till, { cardNumber: unknownCard() })));
    const counts = tally(codes);
    expect(counts.CARD_NOT_FOUND).toBeLessThanOrEqual(LOOKUP_POLICY.maxUnknown);
    expect(counts.CARD_NOT_FOUND + counts.LOOKUP_RATE_LIMITED).toBe(PARALLEL);

    // Every look-up by card or phone is refused now, known ones and manual operations included.
    expect(await calculateFor(till, { cardNumber: knownCard })).toBe('LOOKUP_RATE_LIMITED');
    expect(await calculateFor(till, { phone: knownPhone })).toBe('LOOKUP_RATE_LIMITED');
    const { calculateManualOperation } = await request(
      env.platform.gatewayUrl,
      CalculateManualOperationDocument,
      { input: { idempotencyKey: randomUUID(), cardNumber: knownCard, kind: 'ACCRUAL', amount: '1', reason: 'goodwill' } },
      { token: till.token },
    );
    expect(calculateManualOperation.errors[0]?.code).toBe('LOOKUP_RATE_LIMITED');
    // A receipt without a member names nobody: the till keeps selling.
    const { calculatePurchase } = await request(
      env.platform.gatewayUrl,
      CalculatePurchaseDocument,
      { input: { idempotencyKey: randomUUID(), lines } },
      { token: till.token },
    );
    expect(calculatePurchase.errors).toEqual([]);

    env.platform.clock.advance(LOOKUP_POLICY.lockMs + 1000);
    expect(await calculateFor(till, { cardNumber: knownCard })).toBe('OK');
  });

  test('unknown phones count the same way', async () => {
    const till = await seedTerminal(env.platform, env.company.adminToken);
    const codes = await Promise.all(Array.from({ length: PARALLEL }, () => calculateFor(till, { phone: uniquePhone() })));
    const counts = tally(codes);
    expect(counts.MEMBER_NOT_FOUND).toBeLessThanOrEqual(LOOKUP_POLICY.maxUnknown);
    expect(counts.MEMBER_NOT_FOUND + counts.LOOKUP_RATE_LIMITED).toBe(PARALLEL);
  });

  test('an honest till naming known members again and again, and many at once, is never locked', async () => {
    const till = await seedTerminal(env.platform, env.company.adminToken);
    const parallel = await Promise.all(Array.from({ length: 2 * LOOKUP_POLICY.maxUnknown }, () => calculateFor(till, { cardNumber: knownCard })));
    expect(parallel.every((code) => code === 'OK')).toBe(true);
    for (let i = 0; i < 3 * LOOKUP_POLICY.maxUnknown; i++) expect(await calculateFor(till, { cardNumber: knownCard })).toBe('OK');
    expect(await calculateFor(till, { phone: knownPhone })).toBe('OK');
  });
});
