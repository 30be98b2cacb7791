import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from './generated/prisma/client';

export type * from './generated/prisma/client';
export { Prisma } from './generated/prisma/client';

export const COMMUNICATIONS_SCHEMA = 'communications';

export type CommunicationsPrisma = PrismaClient;
/** Either the client or an interactive transaction; stores accept both. */
export type CommunicationsDb = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export function createCommunicationsPrisma(pool: pg.Pool): CommunicationsPrisma {
  return new PrismaClient({ adapter: new PrismaPg(pool, { schema: COMMUNICATIONS_SCHEMA }) });
}
