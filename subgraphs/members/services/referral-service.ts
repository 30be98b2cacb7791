import { isUniqueViolation } from '../../../infra/db/sql-state';
import { assignReferralCode } from '../data/members-store';
import type { Member } from '../data/prisma';
import { newReferralCode } from '../domain/referral-code';
import type { ServiceDeps } from './deps';

/** Tries before giving up on a fresh code: a clash among 31^8 codes is rare, two in a row rarer still. */
const CODE_TRIES = 5;

export function createReferralService(deps: ServiceDeps) {
  return {
    /**
     * The member's referral code, given on first read to a registered member (card holders and
     * opted-out members have none). Two first reads at once answer the same code.
     */
    async referralCodeOf(member: Pick<Member, 'id' | 'state' | 'referralCode'>): Promise<string | null> {
      if (member.referralCode) return member.referralCode;
      if (member.state !== 'REGISTERED') return null;
      for (let attempt = 1; ; attempt++) {
        try {
          const code = await assignReferralCode(deps.db, member.id, newReferralCode());
          if (code) return code;
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
        if (attempt >= CODE_TRIES) throw new Error('no free referral code after several tries');
      }
    },
  };
}
