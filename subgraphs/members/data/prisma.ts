import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from './generated/prisma/client';

export type * from './generated/prisma/client';
export { Prisma } from './generated/prisma/client';

export const MEMBERS_SCHEMA = 'members';

export type MembersPrisma = PrismaClient;
/** Either the client or an interactive transaction; stores accept both. */
export type MembersDb = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export function createMembersPrisma(pool: pg.Pool): MembersPrisma {
  return new PrismaClient({ adapter: new PrismaPg(pool, { schema: MEMBERS_SCHEMA }) });
}
