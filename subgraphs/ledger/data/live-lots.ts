import { Prisma } from './prisma';

/**
 * A lot (aliased `l`) that can pay at `at`: something left, active by then, not expired (the
 * domain's isActiveAt, in SQL). The till's reads of what a pool can spend and of the lots a spend
 * draws share it, so they cannot disagree on which lots count.
 */
export const lotPaysAt = (at: Date) => Prisma.sql`l.remaining > 0 AND l.activates_at <= ${at} AND (l.expires_at IS NULL OR l.expires_at > ${at})`;
