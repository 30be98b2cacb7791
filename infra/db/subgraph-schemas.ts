/** Subgraphs with their own Prisma schema, migrations and PostgreSQL schema, in migration order. */
export const PRISMA_SUBGRAPHS = ['members', 'ledger', 'offers', 'communications'] as const;
