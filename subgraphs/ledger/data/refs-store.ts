import type { LedgerDb } from './prisma';

/** What the ledger keeps of the members subgraph's data, updated from its events only. */

export function findMemberRef(db: LedgerDb, memberId: string) {
  return db.memberRef.findUnique({ where: { memberId } });
}

/** The members whose accounts pool with this member's (the family), the member first. */
export async function poolOf(db: LedgerDb, member: { memberId: string; familyId: string | null }): Promise<string[]> {
  if (!member.familyId) return [member.memberId];
  const relatives = await db.memberRef.findMany({ where: { familyId: member.familyId, state: { not: 'DELETED' } }, select: { memberId: true } });
  return [member.memberId, ...relatives.map((r) => r.memberId).filter((id) => id !== member.memberId)];
}

export async function upsertMemberRef(
  db: LedgerDb,
  ref: { memberId: string; companyId: string; state?: string; familyId?: string | null; phoneKey?: string | null; at: Date },
) {
  const { memberId, companyId, at } = ref;
  const changes = {
    ...(ref.state !== undefined ? { state: ref.state } : {}),
    ...(ref.familyId !== undefined ? { familyId: ref.familyId } : {}),
    ...(ref.phoneKey !== undefined ? { phoneKey: ref.phoneKey } : {}),
  };
  await db.memberRef.upsert({
    where: { memberId },
    create: { memberId, companyId, state: ref.state ?? 'CARD_HOLDER', familyId: ref.familyId ?? null, phoneKey: ref.phoneKey ?? null, updatedAt: at },
    update: { ...changes, updatedAt: at },
  });
}

export async function companySpendingStates(db: LedgerDb, companyId: string): Promise<string[]> {
  const ref = await db.companyRef.findUnique({ where: { companyId } });
  return ref?.spendingStates ?? ['REGISTERED'];
}

export async function saveCompanyRef(db: LedgerDb, companyId: string, spendingStates: string[], at: Date) {
  await db.companyRef.upsert({ where: { companyId }, create: { companyId, spendingStates, updatedAt: at }, update: { spendingStates, updatedAt: at } });
}

/** Records an event as handled; false when it was handled before (at-least-once delivery). */
export async function markProcessed(db: LedgerDb, eventId: string): Promise<boolean> {
  const inserted = await db.$executeRaw`INSERT INTO processed_events (event_id) VALUES (${eventId}::uuid) ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

export function findCardRef(db: LedgerDb, companyId: string, number: string) {
  return db.cardRef.findUnique({ where: { companyId_number: { companyId, number } } });
}

export async function saveCardRef(
  db: LedgerDb,
  card: { companyId: string; number: string; cardId: string; memberId?: string | null; blocked?: boolean; at: Date },
) {
  const { companyId, number, cardId, at } = card;
  const changes = { ...(card.memberId !== undefined ? { memberId: card.memberId } : {}), ...(card.blocked !== undefined ? { blocked: card.blocked } : {}) };
  await db.cardRef.upsert({
    where: { companyId_number: { companyId, number } },
    create: { companyId, number, cardId, memberId: card.memberId ?? null, blocked: card.blocked ?? false, updatedAt: at },
    update: { ...changes, updatedAt: at },
  });
}

/** An opted-out member's cards no longer lead to anyone. */
export async function unbindCardsOf(db: LedgerDb, memberId: string, at: Date) {
  await db.cardRef.updateMany({ where: { memberId }, data: { memberId: null, blocked: true, updatedAt: at } });
}

/** The member whose phone has this keyed hash, if the ledger knows one. */
export function findMemberByPhoneKey(db: LedgerDb, companyId: string, phoneKey: string) {
  return db.memberRef.findFirst({ where: { companyId, phoneKey, state: { not: 'DELETED' } } });
}

export async function savePointOfSaleRef(
  db: LedgerDb,
  ref: { pointOfSaleId: string; companyId: string; confirmPaymentBySms: boolean; returnPolicy: string; updatedAt: Date },
) {
  await db.pointOfSaleRef.upsert({ where: { pointOfSaleId: ref.pointOfSaleId }, create: ref, update: ref });
}

/** A point of sale's settings; the members subgraph's defaults until its event arrives. */
export async function pointOfSaleSettings(db: LedgerDb, pointOfSaleId: string) {
  const ref = await db.pointOfSaleRef.findUnique({ where: { pointOfSaleId } });
  return { confirmPaymentBySms: ref?.confirmPaymentBySms ?? false, returnPolicy: ref?.returnPolicy ?? 'WRITE_OFF_TO_NEGATIVE' };
}
