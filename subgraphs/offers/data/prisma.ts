import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from './generated/prisma/client';

export type * from './generated/prisma/client';
export { Prisma } from './generated/prisma/client';

export const OFFERS_SCHEMA = 'offers';

export type OffersPrisma = PrismaClient;
/** Either the client or an interactive transaction; stores accept both. */
export type OffersDb = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export function createOffersPrisma(pool: pg.Pool): OffersPrisma {
  return new PrismaClient({ adapter: new PrismaPg(pool, { schema: OFFERS_SCHEMA }) });
}
