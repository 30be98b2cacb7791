import DataLoader from 'dataloader';
import { listCurrencies } from './currencies-store';
import type { LedgerDb } from './prisma';

/** Per-request loaders, so a list of members never costs a query per member and field. */
export function createLedgerLoaders(db: LedgerDb) {
  return {
    memberRef: new DataLoader<string, Awaited<ReturnType<typeof db.memberRef.findUnique>>>(async (ids) => {
      const rows = await db.memberRef.findMany({ where: { memberId: { in: [...ids] } } });
      const found = new Map(rows.map((row) => [row.memberId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** A company's currencies, read once per request however many members list their accounts. */
    currencies: new DataLoader<string, Awaited<ReturnType<typeof listCurrencies>>>((companyIds) => Promise.all(companyIds.map((id) => listCurrencies(db, id)))),
  };
}

export type LedgerLoaders = ReturnType<typeof createLedgerLoaders>;
