import { randomUUID } from 'node:crypto';
import type { OfferRule } from '../../../packages/mechanics/definition';
import type { OffersDb, PersonalOffer } from './prisma';

/** Personal offers imported for members: one row per importer's key, replaced when imported again. */

/** Which of the member ids are members of the company. */
export async function companyMemberIds(db: OffersDb, companyId: string, memberIds: string[]): Promise<Set<string>> {
  if (memberIds.length === 0) return new Set();
  const rows = await db.memberFact.findMany({ where: { companyId, memberId: { in: memberIds } }, select: { memberId: true } });
  return new Set(rows.map((row) => row.memberId));
}

/** The members holding these card numbers in the company, by number. */
export async function membersByCardNumber(db: OffersDb, companyId: string, numbers: string[]): Promise<Map<string, string>> {
  if (numbers.length === 0) return new Map();
  const rows = await db.cardRef.findMany({ where: { companyId, number: { in: numbers }, memberId: { not: null } }, select: { number: true, memberId: true } });
  return new Map(rows.map((row) => [row.number, row.memberId as string]));
}

export interface PersonalOfferRow {
  externalId: string;
  memberId: string;
  name: string;
  validFrom: Date;
  validTo: Date;
  /** Its rule for an id: the offer's own, which a new row gets here. */
  rule: (id: string) => OfferRule;
}

/** Stores the offers by the importer's key (one imported again is replaced and in force again), in two statements whatever their number. Answers them as stored. */
export async function savePersonalOffers(tx: OffersDb, companyId: string, rows: PersonalOfferRow[], now: Date): Promise<PersonalOffer[]> {
  const existing = await tx.personalOffer.findMany({
    where: { companyId, externalId: { in: rows.map((row) => row.externalId) } },
    select: { id: true, externalId: true },
  });
  const idOf = new Map(existing.map((row) => [row.externalId, row.id]));
  const ids = rows.map((row) => idOf.get(row.externalId) ?? randomUUID());
  return tx.$queryRaw<PersonalOffer[]>`
    INSERT INTO personal_offers (id, company_id, external_id, member_id, name, rule, valid_from, valid_to, withdrawn_at, created_at, updated_at)
    SELECT id, ${companyId}::uuid, external_id, member_id, name, rule::jsonb, valid_from, valid_to, NULL, ${now}, ${now}
      FROM unnest(${ids}::uuid[], ${rows.map((r) => r.externalId)}::text[], ${rows.map((r) => r.memberId)}::uuid[], ${rows.map((r) => r.name)}::text[],
                  ${rows.map((r, i) => JSON.stringify(r.rule(ids[i] as string)))}::text[], ${rows.map((r) => r.validFrom)}::timestamptz[], ${rows.map((r) => r.validTo)}::timestamptz[])
        AS t(id, external_id, member_id, name, rule, valid_from, valid_to)
    ON CONFLICT (company_id, external_id) DO UPDATE
       SET member_id = EXCLUDED.member_id, name = EXCLUDED.name, rule = EXCLUDED.rule, valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to,
           withdrawn_at = NULL, updated_at = EXCLUDED.updated_at
    RETURNING id::text, company_id::text AS "companyId", external_id AS "externalId", member_id::text AS "memberId", name, rule,
              valid_from AS "validFrom", valid_to AS "validTo", withdrawn_at AS "withdrawnAt", created_at AS "createdAt", updated_at AS "updatedAt"`;
}

/** Withdraws the company's offers with these keys; answers those withdrawn now, as they now are. */
export async function withdrawPersonalOffers(tx: OffersDb, companyId: string, externalIds: string[], now: Date): Promise<PersonalOffer[]> {
  const found = await tx.personalOffer.findMany({ where: { companyId, externalId: { in: externalIds }, withdrawnAt: null }, select: { id: true } });
  if (found.length === 0) return [];
  const ids = found.map((offer) => offer.id);
  await tx.personalOffer.updateMany({ where: { id: { in: ids } }, data: { withdrawnAt: now, updatedAt: now } });
  return tx.personalOffer.findMany({ where: { id: { in: ids } } });
}

/** Each member's offers in force now or later, leaving out those under the keys given (which an import replaces). */
export async function personalOffersInForce(
  db: OffersDb,
  companyId: string,
  memberIds: string[],
  exceptKeys: string[],
  now: Date,
): Promise<Map<string, number>> {
  if (memberIds.length === 0) return new Map();
  const rows = await db.personalOffer.groupBy({
    by: ['memberId'],
    where: { companyId, memberId: { in: memberIds }, withdrawnAt: null, validTo: { gt: now }, externalId: { notIn: exceptKeys } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.memberId, row._count._all]));
}

/** All of a member's personal offers, ended and withdrawn ones included, newest first. */
export function allPersonalOffersOf(db: OffersDb, companyId: string, memberId: string): Promise<PersonalOffer[]> {
  return db.personalOffer.findMany({ where: { companyId, memberId }, orderBy: [{ validFrom: 'desc' }, { id: 'asc' }] });
}

/** The member's personal offers in force now or later. */
export function currentPersonalOffersOf(db: OffersDb, memberId: string, now: Date): Promise<PersonalOffer[]> {
  return db.personalOffer.findMany({ where: { memberId, withdrawnAt: null, validTo: { gt: now } }, orderBy: [{ validFrom: 'asc' }, { id: 'asc' }] });
}
