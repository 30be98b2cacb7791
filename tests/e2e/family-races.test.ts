import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { registerSignedInMember, seedTerminal } from '../support/seed';
import { buyAtTill } from '../support/till';
import {
  AccrueBonusesDocument,
  CreateFamilyDocument,
  DeductBonusesDocument,
  InviteToFamilyDocument,
  JoinFamilyDocument,
  MemberBalanceDocument,
  UpdateProgramRulesDocument,
} from './__generated__/operations';

const logLines: string[] = [];
const env = usePlatformWithCompany({ events: true, logs: { write: (line) => logLines.push(line) } });

test('family members paying and being charged at once all finish: no deadlock, not even one retried, and the pool adds up', async () => {
  const admin = { token: env.company.adminToken };
  await request(env.platform.gatewayUrl, UpdateProgramRulesDocument, { input: { maxPaymentShare: '1' } }, admin);
  const till = await seedTerminal(env.platform, env.company.adminToken);
  const [head, ...others] = await Promise.all([1, 2, 3].map(() => registerSignedInMember(env.platform, env.company)));
  if (!head) throw new Error('no head');
  await request(env.platform.gatewayUrl, CreateFamilyDocument, { input: {} }, { token: head.token });
  for (const other of others) {
    const { inviteToFamily } = await request(
      env.platform.gatewayUrl,
      InviteToFamilyDocument,
      { input: { inviteeMemberId: other.member.id } },
      { token: head.token },
    );
    const joined = await request(
      env.platform.gatewayUrl,
      JoinFamilyDocument,
      { input: { invitationId: inviteToFamily.invitation?.id as string } },
      { token: other.token },
    );
    expect(joined.joinFamily.errors).toEqual([]);
  }
  const family = [head, ...others];
  for (const { member } of family) await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '100' } }, admin);

  const pay = async (cardNumber: string) => {
    await buyAtTill(env.platform, till, { cardNumber, lines: [{ product: 'tea', price: '5.00', quantity: '1' }], payWithBonuses: '5' });
  };
  const charge = async (memberId: string) => {
    const { deductBonuses } = await request(env.platform.gatewayUrl, DeductBonusesDocument, { input: { memberId, amount: '3', reason: 'correction' } }, admin);
    expect(deductBonuses.errors).toEqual([]);
  };
  // Every member: 4 purchases paying 5 and 2 deductions of 3, all at once: 78 in all.
  await Promise.all(
    family.flatMap(({ member }) => [
      ...Array.from({ length: 4 }, () => pay(member.cards[0]?.number as string)),
      ...Array.from({ length: 2 }, () => charge(member.id)),
    ]),
  );
  for (const { member } of family) {
    const { member: read } = await request(env.platform.gatewayUrl, MemberBalanceDocument, { id: member.id, asOf: null }, admin);
    expect(read?.balance).toMatchObject({ active: '222.00', totalDeducted: '60.00', totalAccrued: '282.00' });
  }
  expect(logLines.filter((line) => line.includes('retried after a deadlock') || line.includes('deadlock detected'))).toEqual([]);
});
