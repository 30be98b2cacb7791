import DataLoader from 'dataloader';
import type { Identity } from '../../../infra/auth/identity';
import { listCurrencies } from '../data/currencies-store';
import { balanceSubjectsAt } from '../data/refs-store';
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
 * the same two statements as one, per moment asked for (who they are, their families and accounts
 * then; the figures); currencies are kept (services/settings-cache.ts). "Now" is one moment for the
 * whole request.
 */
export function createBalanceLoader(deps: LedgerDeps, identity: Identity) {
  const now = deps.clock.now();
  return new DataLoader<BalanceRequest, MemberBalance | null, string>(
    async (requests) => {
      const results: Array<MemberBalance | null | Error> = requests.map(() => null);
      const byMoment = new Map<number, number[]>();
      requests.forEach((request, i) => {
        const at = (request.asOf ?? now).getTime();
        byMoment.set(at, [...(byMoment.get(at) ?? []), i]);
      });
      for (const [time, indexes] of byMoment) {
        const at = new Date(time);
        const subjects = await balanceSubjectsAt(deps.sql, [...new Set(indexes.map((i) => (requests[i] as BalanceRequest).memberId))], at);
        const readable = new Map(subjects.filter((subject) => canReadMember(identity, subject)).map((subject) => [subject.memberId, subject]));
        const wanted = [];
        for (const i of indexes) {
          const request = requests[i] as BalanceRequest;
          const subject = readable.get(request.memberId);
          if (!subject) continue;
          const list = await deps.settings.currenciesOf(subject.companyId, () => listCurrencies(deps.db, subject.companyId));
          const currency = request.currency ? list.find((c) => c.code === request.currency?.trim().toUpperCase()) : list.find((c) => c.isDefault);
          if (!currency) results[i] = new LedgerError('CURRENCY_NOT_FOUND', 'No such bonus currency', 'currency');
          else wanted.push({ i, currency, accountIds: subject.accounts.filter((a) => a.currencyId === currency.id).map((a) => a.id) });
        }
        if (wanted.length === 0) continue;
        const figures = await balancesOf(
          deps.sql,
          wanted.map((w) => w.accountIds),
          at,
        );
        wanted.forEach((w, k) => {
          results[w.i] = { ...(figures[k] as BalanceFigures), currency: w.currency.code, asOf: at, accountIds: w.accountIds };
        });
      }
      return results;
    },
    { cacheKeyFn: (r) => `${r.memberId}|${r.currency ?? ''}|${r.asOf?.toISOString() ?? ''}` },
  );
}

export type BalanceLoader = ReturnType<typeof createBalanceLoader>;
