import { randomBytes, randomUUID } from 'node:crypto';
import { phoneLookupKey } from '../../infra/auth/phone-key';
import { CalculatePurchaseDocument } from '../e2e/__generated__/operations';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql, registerMember, type SeededTerminal, seedTerminal, waitForLedger } from '../support/seed';

/**
 * PHONE_KEY_SECRET can be rotated: with the old one as PHONE_KEY_SECRET_PREVIOUS, tills keep finding
 * members by phone while the ledger's look-ups are still keyed with it, and the ledger re-keys them.
 */
const previous = randomBytes(32).toString('hex');
const env = usePlatformWithCompany({ events: true, previousPhoneKeySecret: previous });
let till: SeededTerminal;

beforeAll(async () => {
  till = await seedTerminal(env.platform, env.company.adminToken);
});

const storedKey = async (memberId: string) =>
  (await querySql<{ phone_key: string }>(env.platform, 'SELECT phone_key FROM ledger.member_refs WHERE member_id = $1', [memberId]))[0]?.phone_key;

test('a member keyed with the previous secret is found by phone at the till, then re-keyed with the current one', async () => {
  const { member, input } = await registerMember(env.platform, env.company.adminToken);
  const phone = input.phone as string;
  await waitForLedger(env.platform, member.id);
  expect(await storedKey(member.id)).toBe(phoneLookupKey(phone, env.platform.secrets.phoneKeySecret));
  // As the ledger held it before the rotation.
  await querySql(env.platform, 'UPDATE ledger.member_refs SET phone_key = $2 WHERE member_id = $1', [member.id, phoneLookupKey(phone, previous)]);

  const { calculatePurchase } = await request(
    env.platform.gatewayUrl,
    CalculatePurchaseDocument,
    { input: { idempotencyKey: randomUUID(), phone, lines: [{ product: 'tea', price: '4.00', quantity: '1' }] } },
    { token: till.token },
  );
  expect(calculatePurchase.errors).toEqual([]);
  expect(calculatePurchase.purchase?.memberId).toBe(member.id);

  expect(await env.platform.ledger.rekeyPhoneLookups()).toBeGreaterThanOrEqual(1);
  expect(await storedKey(member.id)).toBe(phoneLookupKey(phone, env.platform.secrets.phoneKeySecret));
});
