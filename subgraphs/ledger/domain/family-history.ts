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

/** The family a member's version names, and when that version came to be (its event's time). */
export interface FamilyChange {
  familyId: string | null;
  at: Date;
}

/**
 * A member's stays in families from the family each known version of the member names, given in
 * version order: a stay opens where the family changes and closes at the next change. Versions,
 * not arrival order, decide, so a late event slots into the history instead of rewriting it. A
 * version dated before the one it follows (clocks of concurrent transactions) counts from the
 * earlier one's time, so no stay ever ends before it starts.
 */
export function staysFromChanges(memberId: string, changes: FamilyChange[]): Membership[] {
  const stays: Membership[] = [];
  let open = null as Membership | null;
  let previous: Date | null = null;
  for (const change of changes) {
    const at: Date = previous && change.at < previous ? previous : change.at;
    previous = at;
    if ((open?.familyId ?? null) === change.familyId) continue;
    if (open) open.leftAt = at;
    open = change.familyId === null ? null : { memberId, familyId: change.familyId, joinedAt: at, leftAt: null };
    if (open) stays.push(open);
  }
  return stays;
}
