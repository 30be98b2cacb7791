/** A member's stay in a family: their accounts pooled with the family's from joinedAt until leftAt. */
export interface Membership {
  memberId: string;
  familyId: string;
  joinedAt: Date;
  leftAt: Date | null;
}

/** Which accounts a member's spend could draw from at a moment: their own and their family's then. */
export type PoolAt = (memberId: string, at: Date) => ReadonlySet<string>;

const within = (m: Membership, at: Date) => m.joinedAt <= at && (m.leftAt === null || m.leftAt > at);

/**
 * The pools of these accounts over time, from the family memberships that touch them. A spend
 * draws from the pool its member was in at the spend's moment, not today's: a back-dated change
 * replayed after a join or leave places every later spend on the lots it could reach then.
 */
export function poolTimeline(accounts: Array<{ id: string; memberId: string }>, memberships: Membership[]): PoolAt {
  const accountOf = new Map(accounts.map((account) => [account.memberId, account.id]));
  return (memberId, at) => {
    const stay = memberships.filter((m) => m.memberId === memberId && within(m, at)).sort((a, b) => b.joinedAt.getTime() - a.joinedAt.getTime())[0];
    const members = stay ? memberships.filter((m) => m.familyId === stay.familyId && within(m, at)).map((m) => m.memberId) : [];
    const pool = new Set<string>();
    for (const id of [memberId, ...members]) {
      const account = accountOf.get(id);
      if (account) pool.add(account);
    }
    return pool;
  };
}
