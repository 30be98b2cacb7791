import { createAccountService } from './account-service';
import { createAuthService } from './auth-service';
import { createCardService } from './card-service';
import { createCompanyService } from './company-service';
import { createConsentEventHandler } from './consent-events';
import type { ServiceDeps } from './deps';
import { createFamilyService } from './family-service';
import { createLookupGuard, createLookupMissCounter } from './lookup-guard';
import { createProfileService } from './profile-service';
import { createReferralService } from './referral-service';
import { createRegistrationService } from './registration-service';
import { createSessionService } from './session-service';
import { createStaffRemovalService } from './staff-removal-service';

/** The members subgraph's use cases: each authorises, applies domain rules and commits once. */
export function createMembersServices(deps: ServiceDeps) {
  const sessions = createSessionService(deps);
  return {
    sessions,
    auth: createAuthService(deps, sessions),
    registration: createRegistrationService(deps),
    cards: createCardService(deps),
    accounts: createAccountService(deps),
    profile: createProfileService(deps),
    referrals: createReferralService(deps),
    families: createFamilyService(deps),
    companies: createCompanyService(deps),
    staffRemoval: createStaffRemovalService(deps),
    guardLookup: createLookupGuard(deps),
    countLookupMiss: createLookupMissCounter(deps),
    handleConsentEvent: createConsentEventHandler(deps),
  };
}

export type MembersServices = ReturnType<typeof createMembersServices>;
