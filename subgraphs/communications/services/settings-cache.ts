import { createTtlCache } from '../../../infra/cache/ttl-cache';
import type { Provider } from '../data/prisma';
import type { MessageTemplate } from '../domain/templates';

/**
 * How long this process keeps a company's provider choice and templates before it reads them
 * again: every message needs both, and they change rarely. A change is seen at once all the same:
 * its transaction signals every instance (infra/cache/change-signal.ts), which forget their copies;
 * the time is a backstop.
 */
const SETTINGS_TTL_MS = 60_000;

/** A company's messaging settings as delivery reads them, kept until a change is signalled (a minute at most). */
export function createSettingsCache() {
  const providers = createTtlCache<Provider | null>(SETTINGS_TTL_MS);
  const templates = createTtlCache<MessageTemplate | null>(SETTINGS_TTL_MS);
  return {
    providers,
    templates,
    /** A provider or template changed (here, or signalled by another instance): read them afresh. */
    changed(): void {
      providers.clear();
      templates.clear();
    },
  };
}

export type SettingsCache = ReturnType<typeof createSettingsCache>;
