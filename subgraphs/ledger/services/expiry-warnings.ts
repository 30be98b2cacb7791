import { runTransaction } from '../../../infra/db/transaction';
import { recordLedgerEvents } from '../data/outbox-store';
import { localDate } from '../domain/calendar';
import { amount, type Decimal } from '../domain/money';
import type { LedgerDeps } from './deps';

const DAY_MS = 24 * 3600_000;

interface DueLot {
  company_id: string;
  member_id: string;
  code: string;
  time_zone: string;
  expires_at: Date;
  remaining: unknown;
}

/**
 * Emits `bonuses.expiring` for bonuses about to expire unspent (for the communications subgraph to
 * tell the member): one event per member, currency and calendar date in the company's time zone
 * (however many purchases' lots expire that day: one message, not one per purchase), each lot
 * warned about once.
 */
export async function warnExpiringBonuses(deps: LedgerDeps, daysAhead: number): Promise<number> {
  const now = deps.clock.now();
  const until = new Date(now.getTime() + daysAhead * DAY_MS);
  return runTransaction(deps, async (tx) => {
    const due = await tx.$queryRaw<DueLot[]>`
      WITH warned AS (
        UPDATE lots l SET expiry_warned_at = ${now}
          FROM accounts a
         WHERE a.id = l.account_id AND l.expiry_warned_at IS NULL AND l.remaining > 0
           AND l.expires_at > ${now} AND l.expires_at <= ${until} AND l.activates_at < l.expires_at
        RETURNING a.company_id, a.member_id, a.currency_id, l.expires_at, l.remaining)
      SELECT w.company_id, w.member_id, c.code, coalesce(cr.time_zone, 'UTC') AS time_zone, w.expires_at, w.remaining
        FROM warned w JOIN currencies c ON c.id = w.currency_id LEFT JOIN company_refs cr ON cr.company_id = w.company_id`;
    const groups = new Map<string, { lot: DueLot; date: string; amount: Decimal; firstExpiry: Date }>();
    for (const lot of due) {
      const date = localDate(lot.expires_at, lot.time_zone);
      const key = `${lot.member_id}|${lot.code}|${date}`;
      const group = groups.get(key) ?? { lot, date, amount: amount(0), firstExpiry: lot.expires_at };
      group.amount = group.amount.plus(amount(String(lot.remaining)));
      if (lot.expires_at < group.firstExpiry) group.firstExpiry = lot.expires_at;
      groups.set(key, group);
    }
    await recordLedgerEvents(
      tx,
      { kind: 'anonymous' },
      [...groups.values()].map(({ lot, date, amount: total, firstExpiry }) => ({
        type: 'bonuses.expiring',
        companyId: lot.company_id,
        memberId: lot.member_id,
        data: { memberId: lot.member_id, currency: lot.code, amount: total.toFixed(2), date, timeZone: lot.time_zone, expiresAt: firstExpiry.toISOString() },
      })),
      'SYSTEM',
    );
    return groups.size;
  });
}
