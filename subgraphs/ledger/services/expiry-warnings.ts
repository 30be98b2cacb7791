import { runTransaction } from '../../../infra/db/transaction';
import { recordLedgerEvents } from '../data/outbox-store';
import { amount } from '../domain/money';
import type { LedgerDeps } from './deps';

const DAY_MS = 24 * 3600_000;

/**
 * Emits `bonuses.expiring` for bonuses about to expire unspent (for the communications subgraph to
 * tell the member): one event per member, currency and expiry date, each lot warned about once.
 */
export async function warnExpiringBonuses(deps: LedgerDeps, daysAhead: number): Promise<number> {
  const now = deps.clock.now();
  const until = new Date(now.getTime() + daysAhead * DAY_MS);
  return runTransaction(deps, async (tx) => {
    const due = await tx.$queryRaw<Array<{ company_id: string; member_id: string; code: string; expires_at: Date; amount: unknown }>>`
      WITH warned AS (
        UPDATE lots l SET expiry_warned_at = ${now}
          FROM accounts a
         WHERE a.id = l.account_id AND l.expiry_warned_at IS NULL AND l.remaining > 0
           AND l.expires_at > ${now} AND l.expires_at <= ${until} AND l.activates_at < l.expires_at
        RETURNING a.company_id, a.member_id, a.currency_id, l.expires_at, l.remaining)
      SELECT w.company_id, w.member_id, c.code, w.expires_at, sum(w.remaining) AS amount
        FROM warned w JOIN currencies c ON c.id = w.currency_id
       GROUP BY w.company_id, w.member_id, c.code, w.expires_at`;
    await recordLedgerEvents(
      tx,
      { kind: 'anonymous' },
      due.map((row) => ({
        type: 'bonuses.expiring',
        companyId: row.company_id,
        memberId: row.member_id,
        data: { memberId: row.member_id, currency: row.code, amount: amount(String(row.amount)).toFixed(2), expiresAt: row.expires_at.toISOString() },
      })),
      'SYSTEM',
    );
    return due.length;
  });
}
