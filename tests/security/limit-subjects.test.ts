import { randomUUID } from 'node:crypto';
import { CreateLimitDocument, type LimitDefinition, LimitsDocument, UpdateLimitDocument } from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { type SeededCompany, type SeededTerminal, seedCompany, seedTerminal } from '../support/seed';

/**
 * A limit narrows itself to one terminal or point of sale of the caller's company: naming another
 * company's (or an id nobody has) is refused with LIMIT_SUBJECT_NOT_FOUND, and nothing is created
 * or changed. Such a limit would never apply, yet would confirm to its author that the id exists.
 */
const env = usePlatformWithCompany({ events: true });
let own: SeededTerminal;
let other: SeededCompany;
let foreign: SeededTerminal;

beforeAll(async () => {
  own = await seedTerminal(env.platform, env.company.adminToken);
  other = await seedCompany(env.platform);
  foreign = await seedTerminal(env.platform, other.adminToken);
});

const admin = () => ({ token: env.company.adminToken });

async function create(input: LimitDefinition) {
  return (await request(env.platform.gatewayUrl, CreateLimitDocument, { input }, admin())).createLimit;
}

async function limitCount() {
  return (await request(env.platform.gatewayUrl, LimitsDocument, {}, admin())).limits.length;
}

const terminalLimit = (subjectId: string): LimitDefinition => ({
  name: 'Till payouts',
  metric: 'TERMINAL_BONUS_PAYMENTS',
  period: 'DAY',
  refuseAbove: '500',
  subjectId,
});
const pointOfSaleLimit = (subjectId: string): LimitDefinition => ({
  name: 'Store purchases',
  metric: 'POINT_OF_SALE_PURCHASES',
  period: 'DAY',
  refuseAbove: '50',
  subjectId,
});

test('another company’s terminal or point of sale, or an unknown id, is refused and nothing is created', async () => {
  const before = await limitCount();
  for (const input of [
    terminalLimit(foreign.terminalId),
    pointOfSaleLimit(foreign.pointOfSaleId),
    terminalLimit(randomUUID()),
    // The right company, the wrong kind of subject: a point of sale is no terminal.
    terminalLimit(own.pointOfSaleId),
    pointOfSaleLimit(own.terminalId),
  ]) {
    const refused = await create(input);
    expect(refused.limit).toBeNull();
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'LIMIT_SUBJECT_NOT_FOUND', field: 'subjectId' })]);
  }
  expect(await limitCount()).toBe(before);
});

test('the company’s own terminal and point of sale are accepted', async () => {
  const byTerminal = await create(terminalLimit(own.terminalId));
  expect(byTerminal.errors).toEqual([]);
  expect(byTerminal.limit?.subjectId).toBe(own.terminalId);
  const byPointOfSale = await create(pointOfSaleLimit(own.pointOfSaleId));
  expect(byPointOfSale.errors).toEqual([]);
  expect(byPointOfSale.limit?.subjectId).toBe(own.pointOfSaleId);
});

test('updateLimit cannot move a limit onto another company’s terminal', async () => {
  const created = await create(terminalLimit(own.terminalId));
  const limitId = created.limit?.id as string;
  const { updateLimit } = await request(
    env.platform.gatewayUrl,
    UpdateLimitDocument,
    { input: { limitId, definition: terminalLimit(foreign.terminalId) } },
    admin(),
  );
  expect(updateLimit.errors).toEqual([expect.objectContaining({ code: 'LIMIT_SUBJECT_NOT_FOUND', field: 'subjectId' })]);
  const kept = (await request(env.platform.gatewayUrl, LimitsDocument, {}, admin())).limits.find((l) => l.id === limitId);
  expect(kept?.subjectId).toBe(own.terminalId);
});
