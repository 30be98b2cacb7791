import type { MembersDb, Prisma } from './prisma';

export function findCardByNumber(db: MembersDb, companyId: string, number: string) {
  return db.card.findUnique({ where: { companyId_number: { companyId, number } } });
}

export async function lockCard(tx: MembersDb, companyId: string, number: string) {
  await tx.$queryRaw`SELECT id FROM cards WHERE company_id = ${companyId}::uuid AND number = ${number} FOR UPDATE`;
  return findCardByNumber(tx, companyId, number);
}

export function cardsOfMember(db: MembersDb, memberId: string) {
  return db.card.findMany({ where: { memberId }, orderBy: { createdAt: 'asc' } });
}

export function createCard(tx: MembersDb, data: Prisma.CardUncheckedCreateInput) {
  return tx.card.create({ data });
}

export function updateCard(tx: MembersDb, id: string, data: Prisma.CardUncheckedUpdateInput) {
  return tx.card.update({ where: { id }, data });
}

/** Cards bound to a member that registration (or unblocking) turns usable. */
export async function activateInactiveCards(tx: MembersDb, memberId: string) {
  // updateManyAndReturn fails on the pg adapter 6.19 ("column (not available)"), hence two statements.
  const cards = await tx.card.findMany({ where: { memberId, state: 'INACTIVE' } });
  if (cards.length === 0) return [];
  await tx.card.updateMany({ where: { id: { in: cards.map((card) => card.id) } }, data: { state: 'ACTIVE' } });
  return cards.map((card) => ({ ...card, state: 'ACTIVE' as const }));
}

export function countExistingNumbers(db: MembersDb, companyId: string, numbers: string[]) {
  return db.card.count({ where: { companyId, number: { in: numbers } } });
}

export async function createBatchWithCards(tx: MembersDb, batch: Prisma.CardBatchUncheckedCreateInput & { id: string }, numbers: string[]) {
  const created = await tx.cardBatch.create({ data: batch });
  // Chunked so a 100,000-card batch stays within PostgreSQL's bind-parameter limit.
  for (let start = 0; start < numbers.length; start += 5000) {
    await tx.card.createMany({
      data: numbers.slice(start, start + 5000).map((number) => ({
        companyId: batch.companyId,
        number,
        kind: 'PHYSICAL' as const,
        state: 'BLANK' as const,
        batchId: created.id,
      })),
    });
  }
  return created;
}
