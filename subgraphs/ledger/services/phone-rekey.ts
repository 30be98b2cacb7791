import type { LedgerDeps } from './deps';

const PAGE = 100;

/**
 * After a rotation of PHONE_KEY_SECRET (the new one set, the old one as PHONE_KEY_SECRET_PREVIOUS):
 * asks the members subgraph for a fresh snapshot of every member the ledger finds by phone, so that
 * each is keyed with the current secret, and the previous one can then be dropped. Look-ups accept
 * both keys meanwhile. Returns how many members were asked about.
 */
export async function rekeyPhoneLookups(deps: Pick<LedgerDeps, 'db' | 'logger' | 'phoneKeySecrets' | 'readThrough'>): Promise<number> {
  const readThrough = deps.readThrough;
  if (deps.phoneKeySecrets.length < 2 || !readThrough) return 0;
  let after: string | null = null;
  let asked = 0;
  for (;;) {
    const refs: Array<{ memberId: string; companyId: string }> = await deps.db.memberRef.findMany({
      where: { phoneKey: { not: null }, state: { not: 'DELETED' }, ...(after ? { memberId: { gt: after } } : {}) },
      orderBy: { memberId: 'asc' },
      take: PAGE,
      select: { memberId: true, companyId: true },
    });
    if (refs.length === 0) break;
    for (const ref of refs) await readThrough({ companyId: ref.companyId, memberId: ref.memberId });
    asked += refs.length;
    after = refs[refs.length - 1]?.memberId ?? null;
  }
  deps.logger.info({ asked }, 'phone look-ups re-keyed with the current PHONE_KEY_SECRET: PHONE_KEY_SECRET_PREVIOUS may now be removed');
  return asked;
}
