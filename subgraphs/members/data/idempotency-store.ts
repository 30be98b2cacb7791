import type { MembersDb, Prisma } from './prisma';

/** Idempotency keys of writes (Prisma model API). */

export function findIdempotencyKey(db: MembersDb, callerId: string, key: string) {
  return db.idempotencyKey.findUnique({ where: { callerId_key: { callerId, key } } });
}

export function saveIdempotencyKey(tx: MembersDb, data: Prisma.IdempotencyKeyUncheckedCreateInput) {
  return tx.idempotencyKey.create({ data });
}
