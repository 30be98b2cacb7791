import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from './generated/prisma/client';

export type * from './generated/prisma/client';
export { Prisma } from './generated/prisma/client';

export const LEDGER_SCHEMA = 'ledger';

export type LedgerPrisma = PrismaClient;
/** Either the client or an interactive transaction; stores accept both. */
export type LedgerDb = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export function createLedgerPrisma(pool: pg.Pool): LedgerPrisma {
  return new PrismaClient({ adapter: new PrismaPg(pool, { schema: LEDGER_SCHEMA }) });
}
