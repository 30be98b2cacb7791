import DataLoader from 'dataloader';
import type { Identity } from '../../../infra/auth/identity';
import { accountsOfMany } from '../data/accounts-store';
import { listCurrencies } from '../data/currencies-store';
import { memberRefsOf, poolsAt } from '../data/refs-store';
import type { BalanceFigures } from '../domain/balance';
import { LedgerError } from '../domain/errors';
import { balancesOf } from './balance-reader';
import type { LedgerDeps } from './deps';
import { canReadMember } from './ledger-service';

export interface BalanceRequest {
  memberId: string;
  currency: string | null;
  asOf: Date | null;
}

export type MemberBalance = BalanceFigures & { currency: string; asOf: Date; accountIds: string[] };

/**
 * Balances for a request's members, batched: a list of a hundred members with their balance costs
 * the same handful of statements as one (members, currencies per company, families and accounts per
 * moment, and one statement of figures per moment). "Now" is one moment for the whole request.
 */
export function createBalanceLoader(deps: LedgerDeps, identity: Identity) {
  const now = deps.clock.now();
  return new DataLoader<BalanceRequest, MemberBalance | null, string>(
    async (requests) => {
      // Plain statements and kept currencies: a balance read is among the commonest calls (apps, tills).
      const refs = await memberRefsOf(deps.sql, [...new Set(requests.map((r) => r.memberId))]);
      const readable = new Map(refs.filter((ref) => canReadMember(identity, ref)).map((ref) => [ref.memberId, ref]));
      const companies = [...new Set([...readable.values()].map((ref) => ref.companyId))];
      const currencies = new Map(
        await Promise.all(companies.map(async (id) => [id, await deps.settings.currenciesOf(id, () => listCurrencies(deps.db, id))] as const)),
      );
      const results: Array<MemberBalance | null | Error> = requests.map(() => null);
      const byMoment = new Map<number, number[]>();
      requests.forEach((request, i) => {
        const at = (request.asOf ?? now).getTime();
        if (readable.has(request.memberId)) byMoment.set(at, [...(byMoment.get(at) ?? []), i]);
      });
      for (const [time, indexes] of byMoment) {
        const at = new Date(time);
        const pools = await poolsAt(
          deps.sql,
          indexes.map((i) => (requests[i] as BalanceRequest).memberId),
          at,
        );
        const wanted = indexes.map((i) => {
          const request = requests[i] as BalanceRequest;
          const ref = readable.get(request.memberId) as { companyId: string };
          const list = currencies.get(ref.companyId) ?? [];
          const currency = request.currency ? list.find((c) => c.code === request.currency?.trim().toUpperCase()) : list.find((c) => c.isDefault);
          return { i, currency, pool: pools.get(request.memberId) ?? [request.memberId] };
        });
        for (const { i, currency } of wanted) if (!currency) results[i] = new LedgerError('CURRENCY_NOT_FOUND', 'No such bonus currency', 'currency');
        const known = wanted.filter((w) => w.currency);
        const accounts = await accountsOfMany(deps.sql, [...new Set(known.flatMap((w) => w.pool))], [...new Set(known.map((w) => w.currency?.id as string))]);
        const accountIds = known.map((w) => accounts.filter((a) => a.currencyId === w.currency?.id && w.pool.includes(a.memberId)).map((a) => a.id));
        const figures = await balancesOf(deps.sql, accountIds, at);
        known.forEach((w, k) => {
          results[w.i] = { ...(figures[k] as BalanceFigures), currency: w.currency?.code as string, asOf: at, accountIds: accountIds[k] as string[] };
        });
      }
      return results;
    },
    { cacheKeyFn: (r) => `${r.memberId}|${r.currency ?? ''}|${r.asOf?.toISOString() ?? ''}` },
  );
}

export type BalanceLoader = ReturnType<typeof createBalanceLoader>;
