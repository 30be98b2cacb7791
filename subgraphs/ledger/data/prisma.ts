import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import type { SqlClient } from '../../../infra/db/sql-client';
import { amount, type Decimal } from '../domain/money';
import { PrismaClient } from './generated/prisma/client';

export type * from './generated/prisma/client';
export { Prisma } from './generated/prisma/client';

export const LEDGER_SCHEMA = 'ledger';

/** A numeric column (a sum, a balance) as an exact amount; NULL, as an empty sum gives, is zero. */
export const sqlAmount = (value: unknown): Decimal => amount(String(value ?? 0));

export type LedgerPrisma = PrismaClient;
/** Either the client or an interactive transaction; stores accept both. */
export type LedgerDb = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;
/**
 * Raw SQL only: the client, a Prisma transaction, or a plain `pg` transaction (the till's hot paths,
 * infra/db/sql-client.ts). Stores on those paths take this, so either kind of transaction runs them.
 */
export type LedgerSql = SqlClient;

export function createLedgerPrisma(pool: pg.Pool): LedgerPrisma {
  return new PrismaClient({ adapter: new PrismaPg(pool, { schema: LEDGER_SCHEMA }) });
}
