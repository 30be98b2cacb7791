import { findActiveProviders } from '../data/providers-store';
import { pushServicesOfKind } from '../providers/registry';
import type { CommunicationsDeps } from './deps';

/** The push services a company reaches: those of its active push providers; outside production the development inbox takes any. */
export async function pushServicesReached(deps: Pick<CommunicationsDeps, 'db' | 'production'>, companyId: string): Promise<Set<string> | 'ALL'> {
  if (!deps.production) return 'ALL';
  const providers = await findActiveProviders(deps.db, companyId, 'PUSH');
  return new Set(providers.flatMap((provider) => pushServicesOfKind(provider.kind)));
}
