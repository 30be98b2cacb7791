import { ERASED_CARD_PREFIX } from '../../../infra/views/member-views';
import type { LedgerSql } from './prisma';

/**
 * Erases what the ledger holds about an opted-out member beyond ids and amounts: the card numbers
 * on their purchases, till operations and card views, and the free-text reasons staff wrote about
 * them, the audiences they were in, the coupons issued to them, their favourite products and personal offers. Amounts, times and ids stay: the company's books must still add up.
 */
export async function eraseMemberTraces(db: LedgerSql, memberId: string, at: Date): Promise<void> {
  await db.$executeRaw`UPDATE purchases SET card_number = NULL WHERE member_id = ${memberId}::uuid AND card_number IS NOT NULL`;
  await db.$executeRaw`UPDATE manual_operations SET card_number = NULL, reason = '' WHERE member_id = ${memberId}::uuid`;
  await db.$executeRaw`
    UPDATE operations SET reason = NULL
     WHERE reason IS NOT NULL
       AND (member_id = ${memberId}::uuid OR account_id IN (SELECT id FROM accounts WHERE member_id = ${memberId}::uuid))`;
  await db.$executeRaw`DELETE FROM audience_members WHERE member_id = ${memberId}::uuid`;
  // Coupons issued to them: nobody else may redeem them.
  await db.$executeRaw`DELETE FROM coupons WHERE member_id = ${memberId}::uuid`;
  await db.$executeRaw`DELETE FROM member_favourites WHERE member_id = ${memberId}::uuid`;
  await db.$executeRaw`DELETE FROM personal_offers WHERE member_id = ${memberId}::uuid`;
  await db.$executeRaw`
    UPDATE card_refs SET number = ${ERASED_CARD_PREFIX} || card_id::text, member_id = NULL, blocked = true, updated_at = ${at}
     WHERE member_id = ${memberId}::uuid`;
}
