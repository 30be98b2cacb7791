import { openCode } from '../../../infra/auth/code-sealing';
import { createBatcher } from '../../../infra/batch/batcher';
import { offerMessagesAwaitingReport, recordDeliveryReports } from '../data/messages-store';
import type { Channel, Provider } from '../data/prisma';
import { findActiveProvider, findActiveProviders, findProviderById } from '../data/providers-store';
import type { PushServiceName } from '../domain/device-token';
import { providerCallbackUrl, providerOfCallbackPath } from '../domain/provider-callback';
import { createPacer } from '../providers/pacer';
import { type DeliveryReport, type IncomingText, type MessageProvider, ProviderFailure, SendWithdrawn } from '../providers/provider';
import { isProviderKind, PROVIDER_PLUGINS, pushServicesOfKind } from '../providers/registry';
import type { CommunicationsDeps } from './deps';
import { providerAddressProblems } from './provider-addresses';
import { createSentRecordsInFlight } from './sent-records';
import type { SettingsCache } from './settings-cache';

const REPORT_ATTEMPTS = 10;
const REPORT_RETRY_MS = 500;

/** Which company's provider a text came in through. */
export interface IncomingSource {
  companyId: string;
  providerId: string;
  channel: Channel;
}

/**
 * The open connections to the providers companies configured, one per provider and kept while its
 * configuration stays the same (a changed one is closed and opened anew). Credentials are opened
 * from their sealed form only here, in memory.
 */
export function createProviderPool(
  deps: Pick<CommunicationsDeps, 'db' | 'sql' | 'credentialsKey' | 'logger' | 'clock' | 'publicUrl' | 'production' | 'providerPrivateHosts' | 'claimLeaseMs'>,
  settings: SettingsCache,
  incoming: (source: IncomingSource, message: IncomingText) => Promise<void>,
) {
  const open = new Map<string, { version: number; provider: MessageProvider }>();
  const sentRecords = createSentRecordsInFlight();
  // Reports arriving in one turn of the event loop (an SMSC's receipts come in bursts) are recorded in one statement per provider.
  const reportWriters = new Map<string, (report: DeliveryReport) => Promise<boolean>>();
  function recordReport(providerId: string, report: DeliveryReport): Promise<boolean> {
    let write = reportWriters.get(providerId);
    if (!write) {
      write = createBatcher((reports: DeliveryReport[]) => recordDeliveryReports(deps.sql, providerId, reports));
      reportWriters.set(providerId, write);
    }
    return write(report);
  }

  /**
   * Records a delivery report. One can arrive before the message it names is recorded as sent (the
   * provider answers the submission, then reports, while delivery is still writing): it waits for
   * that write when it is this instance's (sent-records.ts), and is otherwise tried again for a few
   * seconds before it is given up.
   */
  async function keepReport(providerId: string, report: DeliveryReport): Promise<void> {
    await sentRecords.written(providerId, report.providerMessageId);
    for (let attempt = 0; attempt < REPORT_ATTEMPTS; attempt++) {
      if (await recordReport(providerId, report)) return;
      await new Promise((resolve) => setTimeout(resolve, REPORT_RETRY_MS));
    }
    deps.logger.warn({ providerId, report }, 'a delivery report names no message sent through this provider');
  }

  function opened(row: Provider): MessageProvider {
    const version = row.updatedAt.getTime();
    const kept = open.get(row.id);
    if (kept?.version === version) return kept.provider;
    void kept?.provider.close?.();
    if (!isProviderKind(row.kind)) throw new Error(`No plugin for providers of kind ${row.kind}`);
    const credentials = row.sealedCredentials ? (JSON.parse(openCode(row.sealedCredentials, deps.credentialsKey)) as Record<string, unknown>) : {};
    const source = { companyId: row.companyId, providerId: row.id, channel: row.channel };
    const hooks = {
      deliveryReport: (report: DeliveryReport) =>
        keepReport(row.id, report).catch((error) => deps.logger.warn({ err: error, report }, 'a delivery report was not recorded')),
      statusReport: (report: DeliveryReport) => recordReport(row.id, report),
      incoming: (message: IncomingText) =>
        incoming(source, message).catch((error) => deps.logger.error({ err: error, providerId: row.id }, 'an incoming text was not kept')),
      awaitingReport: (limit: number, againInMs: number) => offerMessagesAwaitingReport(deps.db, row.id, deps.clock.now(), limit, againInMs),
      warn: (what: string, error: unknown) => deps.logger.warn({ err: error, providerId: row.id }, what),
      callbackUrl: () => {
        const publicUrl = deps.publicUrl();
        return publicUrl ? providerCallbackUrl(publicUrl, deps.credentialsKey, row.id) : null;
      },
    };
    const plugin = PROVIDER_PLUGINS[row.kind].open(row.settings as Record<string, unknown>, credentials, hooks);
    // In production, where it leads is checked again before its first use here: a provider saved
    // outside production, or a name that now resolves inside a network, is refused.
    const refusal = deps.production ? addressRefusal(row.settings as Record<string, unknown>, credentials) : Promise.resolve(null);
    // Every send through it, queued or a test, keeps to the provider's rate.
    // A claimed message waits for its turn at most half its lease: past that it is put back (PacerBacklog), not sent late and twice.
    const pace = createPacer(row.ratePerSecond, deps.claimLeaseMs / 2);
    const provider: MessageProvider = {
      ...plugin,
      send: async (message) => {
        const refused = await refusal;
        if (refused) throw new ProviderFailure(refused, false);
        await pace(message.urgent === true);
        if (message.stillWanted && !(await message.stillWanted())) throw new SendWithdrawn();
        const { stillWanted: _, ...outgoing } = message;
        return plugin.send(outgoing);
      },
    };
    open.set(row.id, { version, provider });
    if (row.active)
      void refusal
        .then((refused) => (refused ? deps.logger.error({ providerId: row.id }, `${refused}: it does not listen`) : provider.listen?.()))
        .catch((error) => deps.logger.error({ err: error, providerId: row.id }, 'a provider’s addresses could not be checked: it does not listen'));
    return provider;
  }

  async function addressRefusal(settings: Record<string, unknown>, credentials: Record<string, unknown>): Promise<string | null> {
    const problems = await providerAddressProblems(settings, credentials, deps.providerPrivateHosts);
    return problems.length ? `The provider may not be reached in production: ${problems.map(([field, problem]) => `${field}: ${problem}`).join('; ')}` : null;
  }

  return {
    opened,
    /** Delivery notes here the sent records it is writing, which the providers' reports may name first. */
    noteSentRecord: sentRecords.note,
    /**
     * The company's provider for the channel, opened; for a push, its newest that reaches the
     * device's service (FCM, APNs, Huawei). Null when it configured none.
     */
    async forChannel(companyId: string, channel: Channel, pushService?: PushServiceName): Promise<{ providerId: string; provider: MessageProvider } | null> {
      const row = await settings.providers.get(`${companyId}|${channel}|${pushService ?? ''}`, async () =>
        pushService
          ? ((await findActiveProviders(deps.db, companyId, channel)).find((candidate) => pushServicesOfKind(candidate.kind).includes(pushService)) ?? null)
          : findActiveProvider(deps.db, companyId, channel),
      );
      return row ? { providerId: row.id, provider: opened(row) } : null;
    },
    /**
     * A provider's call to its callback URL (the path after the route, the body's text): handed to
     * its plugin when the path's token is the platform's. Answers how many of its statuses named a
     * message, or null for a path that names no provider taking callbacks (answered 404, whatever the reason).
     */
    async receiveCallback(path: string, body: string): Promise<number | null> {
      const providerId = providerOfCallbackPath(path, deps.credentialsKey);
      const row = providerId ? await findProviderById(deps.db, providerId) : null;
      const provider = row ? opened(row) : null;
      return provider?.receiveCallback ? provider.receiveCallback(body) : null;
    },
    /** Opens every active provider, so those that hear texts come in (SMPP links) listen from the start. */
    async openAll(): Promise<void> {
      for (const row of await deps.db.provider.findMany({ where: { active: true } })) {
        try {
          opened(row);
        } catch (error) {
          deps.logger.error({ err: error, providerId: row.id }, 'a provider could not be opened');
        }
      }
    },
    async closeAll(): Promise<void> {
      await Promise.all([...open.values()].map(({ provider }) => provider.close?.()));
      open.clear();
    },
  };
}

export type ProviderPool = ReturnType<typeof createProviderPool>;
