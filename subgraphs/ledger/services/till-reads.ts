/**
 * What a till call reads about its member in a statement it makes anyway (the one that claims its
 * key, see idempotency's `readWithClaim`), so that it need not read them on their own.
 */
import { memberWithPoolRead, memberWithPoolSql } from '../data/purchases-store';
import { type ReadRow, readTogether } from '../data/read-together';
import type { PosMemberView } from '../data/refs-store';
import type { Decimal } from '../domain/money';
import type { LedgerDeps } from './deps';
import type { lookupGuard } from './lookup-guard';
import type { createPosMemberLookup, PosMemberKey } from './pos-member';
import type { Terminal } from './till';

/** What a statement of the call already read about its member: their view, and their pool's accounts in a currency (locked or not). */
export interface MemberRead {
  view: PosMemberView;
  pool: { memberId: string; members: string[]; accounts: Array<{ id: string; memberId: string }>; currencyId: string; locked: boolean } | null;
}

/** The pool read for this member in this currency, locked as the call needs; undefined when none such was read (a read-through found the member since, say). */
export function poolRead(read: MemberRead | undefined, memberId: string, currencyId: string, locked: boolean) {
  const pool = read?.pool;
  return pool && pool.memberId === memberId && pool.currencyId === currencyId && pool.locked === locked ? pool : undefined;
}

export function createNamedMemberReads(deps: Pick<LedgerDeps, 'settings'>, posMember: ReturnType<typeof createPosMemberLookup>) {
  /**
   * What a call naming a member reads with its key's claim, in that statement: the terminal's
   * look-up lock, the member's view and, in a currency already kept, their pool's accounts (locked
   * when bonuses are to be held). `memberOf` takes those from the row read (undefined when they
   * were not read: the call reads them itself then).
   */
  return async function namedMemberReads(
    terminal: Terminal,
    input: PosMemberKey & { currency?: string | null },
    lookups: ReturnType<typeof lookupGuard>,
    requested: Decimal,
  ) {
    const lock = lookups.lockRead();
    let view = posMember.viewSql(terminal.companyId, input);
    const currency = view && (await deps.settings.currencyByCode(terminal.companyId, input.currency));
    if (view && currency) view = memberWithPoolSql(view, currency.id, requested.gt(0));
    // A terminal locked out of look-ups locks no pool by probing cards.
    if (view) view = lookups.unlessLockedOut(view);
    return {
      readWithClaim: lock.length > 0 || view ? readTogether(lock, view ? [view] : []) : undefined,
      memberOf: (read: ReadRow | undefined): MemberRead | undefined => {
        if (!read || !view) return undefined;
        const { view: member, pool } = memberWithPoolRead(read);
        return { view: member, pool: pool && currency ? { ...pool, currencyId: currency.id, locked: requested.gt(0) } : null };
      },
    };
  };
}
