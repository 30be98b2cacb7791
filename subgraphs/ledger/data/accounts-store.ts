import { type LedgerSql, Prisma } from './prisma';

/** Named queries about accounts (plain SQL: they run on every POS call). Every change to an account's money locks its row first. */

/** Existing accounts of these members in the currency (a family pool spans several), in id order. */
export function accountsOf(db: LedgerSql, memberIds: string[], currencyId: string): Promise<Array<{ id: string; memberId: string }>> {
  return db.$queryRaw`
    SELECT id, member_id AS "memberId" FROM accounts WHERE member_id = ANY(${memberIds}::uuid[]) AND currency_id = ${currencyId}::uuid ORDER BY id`;
}

/** Locks the accounts of these members in the currency, in id order, and returns them. */
export function lockAccountsOf(tx: LedgerSql, memberIds: string[], currencyId: string): Promise<Array<{ id: string; memberId: string }>> {
  return tx.$queryRaw`
    SELECT id, member_id AS "memberId" FROM accounts
     WHERE member_id = ANY(${memberIds}::uuid[]) AND currency_id = ${currencyId}::uuid ORDER BY id FOR UPDATE`;
}

/**
 * A member's pool (them and their family's other members) and its accounts in the currency, `lock`ed
 * in id order as `lockAccountsOf` locks them (or read as `accountsOf` reads them), as a SELECT of one
 * row for a statement that reads the member too (its arguments may be that statement's columns);
 * no row without a member.
 */
export function poolAccountsSql(memberId: Prisma.Sql, familyId: Prisma.Sql, currencyId: Prisma.Sql | string, lock: boolean): Prisma.Sql {
  return Prisma.sql`
    SELECT pool.members AS pool_members, locked.ids AS pool_account_ids, locked.owners AS pool_account_members
      FROM (SELECT ${memberId} || array(SELECT member_id FROM member_refs WHERE family_id = ${familyId} AND state <> 'DELETED' AND member_id <> ${memberId})
              AS members) AS pool
      LEFT JOIN LATERAL (
        SELECT array_agg(a.id ORDER BY a.id) AS ids, array_agg(a.member_id ORDER BY a.id) AS owners
          FROM (SELECT id, member_id FROM accounts WHERE member_id = ANY(pool.members) AND currency_id = ${currencyId}::uuid ORDER BY id
                ${lock ? Prisma.sql`FOR UPDATE` : Prisma.empty}) AS a) AS locked ON true
     WHERE ${memberId} IS NOT NULL`;
}

/** What `poolAccountsSql` read: the pool's members and its accounts, or null when it read none. */
export function poolAccountsRead(row: { pool_members?: unknown; pool_account_ids?: unknown; pool_account_members?: unknown }) {
  const members = row.pool_members as string[] | null | undefined;
  if (!members) return null;
  const ids = (row.pool_account_ids as string[] | null) ?? [];
  const owners = (row.pool_account_members as string[] | null) ?? [];
  return { members, accounts: ids.map((id, i) => ({ id, memberId: owners[i] as string })) };
}

/** A member's pool in a currency, its accounts locked: what every change to the pool's money works on. */
export interface LockedPool {
  currencyId: string;
  accounts: Array<{ id: string; memberId: string }>;
}

/**
 * The member's own account (created on first use) and every account of their pool, all locked in
 * id order: the start of every change to a member's money. No existing account row is written or
 * locked out of that order, so family members paying at once wait for each other, never deadlock.
 * `alreadyLocked`: the pool's accounts as a statement of the call locked them (`poolAccountsSql`).
 */
export async function lockPoolFor(
  tx: LedgerSql,
  companyId: string,
  currencyId: string,
  memberId: string,
  pool: string[],
  alreadyLocked?: Array<{ id: string; memberId: string }>,
) {
  let locked = alreadyLocked ?? (await lockAccountsOf(tx, pool, currencyId));
  if (!locked.some((account) => account.memberId === memberId)) {
    // A new row: nobody else can hold its lock, and DO NOTHING locks no existing row.
    await tx.$executeRaw`
      INSERT INTO accounts (id, company_id, currency_id, member_id) VALUES (gen_random_uuid(), ${companyId}::uuid, ${currencyId}::uuid, ${memberId}::uuid)
      ON CONFLICT (member_id, currency_id) DO NOTHING`;
    locked = await lockAccountsOf(tx, pool, currencyId);
  }
  const own = locked.find((account) => account.memberId === memberId);
  if (!own) throw new Error(`account of member ${memberId} in currency ${currencyId} is missing after its creation`);
  const locks: LockedPool = { currencyId, accounts: locked };
  return { accountId: own.id, accounts: locked.map((account) => account.id), locks };
}

/** Each member's active bonuses in a currency (lots active and unexpired at `now`; debts and holds aside): what audiences' balance rules read. */
export async function activeBalancesOf(
  db: LedgerSql,
  companyId: string,
  currencyCode: string,
  now: Date,
): Promise<Array<{ memberId: string; active: string }>> {
  return db.$queryRaw<Array<{ memberId: string; active: string }>>`
    SELECT a.member_id AS "memberId",
           coalesce(sum(l.remaining) FILTER (WHERE l.activates_at <= ${now} AND (l.expires_at IS NULL OR l.expires_at > ${now})), 0)::text AS active
      FROM accounts a JOIN currencies c ON c.id = a.currency_id LEFT JOIN lots l ON l.account_id = a.id
     WHERE a.company_id = ${companyId}::uuid AND c.code = ${currencyCode} AND a.member_id IS NOT NULL
     GROUP BY a.member_id`;
}
