import { randomUUID } from 'node:crypto';
import { requireOperator } from '../../../infra/auth/access';
import { sealCode } from '../../../infra/auth/code-sealing';
import type { Identity } from '../../../infra/auth/identity';
import { signalSettingsChanged } from '../../../infra/cache/change-signal';
import { runTransaction } from '../../../infra/db/transaction';
import { BusinessError, ValidationErrors } from '../../../infra/errors/business-error';
import { recordCommunicationsEvents } from '../data/outbox-store';
import { COMMUNICATIONS_SCHEMA, Prisma, type Provider } from '../data/prisma';
import { createProvider, findProvider, listProviders, updateProvider } from '../data/providers-store';
import { isEmailAddress, isPhoneNumber } from '../domain/destination';
import { CommunicationsError } from '../domain/errors';
import { viberContentProblem } from '../domain/viber-content';
import { ProviderFailure } from '../providers/provider';
import { PROVIDER_PLUGINS, type ProviderKind } from '../providers/registry';
import type { CommunicationsDeps } from './deps';
import { providerAddressProblems } from './provider-addresses';
import type { ProviderPool } from './provider-pool';
import type { SettingsCache } from './settings-cache';

export interface Setting {
  key: string;
  value: string;
}

export interface ProviderInput {
  providerId?: string | null;
  name: string;
  kind: ProviderKind;
  settings: Setting[];
  /** Omitted when changing a provider: its credentials stay. */
  credentials?: Setting[] | null;
  ratePerSecond?: number | null;
  pricePerMessage?: string | null;
  active?: boolean | null;
}

/** Parses key/value settings with a plugin's schema: the values, or the problems, each named `<list>.<key>`. */
function parsed(list: 'settings' | 'credentials', given: Setting[], schema: (typeof PROVIDER_PLUGINS)[ProviderKind]['settings']) {
  const entries = Object.fromEntries(given.map(({ key, value }) => [key, value]));
  const result = schema.strict().safeParse(entries);
  if (result.success) return { values: result.data as Record<string, unknown>, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const key = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.');
    const what = issue.code === 'unrecognized_keys' ? 'not a setting of this kind of provider' : issue.message;
    return new BusinessError('INVALID_INPUT', `${list}.${key}: ${what}`, `${list}.${key}`);
  });
  return { values: {}, problems };
}

/** Administrators configure their company's providers and check them with a test message. */
export function createProviderService(deps: CommunicationsDeps, pool: ProviderPool, cache: SettingsCache) {
  /** In production, a provider must be somewhere public (services/provider-addresses.ts). */
  async function addressProblems(settings: Record<string, unknown>, credentials: Record<string, unknown> | null): Promise<BusinessError[]> {
    if (!deps.production) return [];
    const problems = await providerAddressProblems(settings, credentials, deps.providerPrivateHosts);
    return problems.map(([field, problem]) => new BusinessError('INVALID_INPUT', `${field}: ${problem}`, field));
  }

  return {
    list(identity: Identity) {
      return listProviders(deps.db, requireOperator(identity, ['ADMIN']).companyId);
    },

    async configureProvider(identity: Identity, input: ProviderInput) {
      const admin = requireOperator(identity, ['ADMIN']);
      const plugin = PROVIDER_PLUGINS[input.kind];
      const name = input.name.trim();
      if (!name || name.length > 100) throw new CommunicationsError('INVALID_INPUT', 'name: 1 to 100 characters', 'name');
      const settingsParsed = parsed('settings', input.settings, plugin.settings);
      const credentialsParsed = input.credentials ? parsed('credentials', input.credentials, plugin.credentials) : null;
      // Every problem of both lists at once, so a form can mark each field.
      const problems = [
        ...settingsParsed.problems,
        ...(credentialsParsed?.problems ?? []),
        ...(await addressProblems(settingsParsed.values, credentialsParsed?.values ?? null)),
      ];
      if (problems.length > 0) throw new ValidationErrors(problems);
      const settings = settingsParsed.values;
      const credentials = credentialsParsed?.values ?? null;
      if (input.ratePerSecond != null && (input.ratePerSecond < 1 || input.ratePerSecond > 10_000))
        throw new CommunicationsError('INVALID_INPUT', 'ratePerSecond: 1 to 10,000', 'ratePerSecond');
      const data = {
        name,
        kind: input.kind,
        channel: plugin.channel,
        settings: settings as Prisma.InputJsonObject,
        ...(credentials ? { sealedCredentials: sealCode(JSON.stringify(credentials), deps.credentialsKey) } : {}),
        ...(input.ratePerSecond != null ? { ratePerSecond: input.ratePerSecond } : {}),
        ...(input.pricePerMessage != null ? { pricePerMessage: input.pricePerMessage } : {}),
        ...(input.active != null ? { active: input.active } : {}),
      };
      let saved: Provider;
      try {
        saved = await runTransaction(deps, async (tx) => {
          let provider: Provider;
          if (!input.providerId) provider = await createProvider(tx, { companyId: admin.companyId, ...data });
          else {
            const existing = await findProvider(tx, admin.companyId, input.providerId);
            if (!existing) throw new CommunicationsError('PROVIDER_NOT_FOUND', 'No provider with this id in the company', 'providerId');
            if (existing.kind !== input.kind) throw new CommunicationsError('INVALID_INPUT', 'kind: a provider keeps its kind; configure a new one', 'kind');
            provider = await updateProvider(tx, existing.id, data);
          }
          // Who set up which gateway, and when, is in the staff trail (never its settings or credentials).
          const configured = { providerId: provider.id, kind: provider.kind, channel: provider.channel, active: provider.active };
          await recordCommunicationsEvents(tx, identity, [{ type: 'provider.configured', companyId: admin.companyId, data: configured }]);
          await signalSettingsChanged(tx, COMMUNICATIONS_SCHEMA);
          return provider;
        });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
          throw new CommunicationsError('PROVIDER_NAME_TAKEN', 'The company has a provider with this name', 'name');
        throw error;
      }
      cache.changed();
      // Opened now, so one that hears texts (an SMPP link) listens from this moment.
      if (saved.active) {
        try {
          pool.opened(saved);
        } catch (error) {
          deps.logger.error({ err: error, providerId: saved.id }, 'a configured provider could not be opened');
        }
      }
      return saved;
    },

    /** Sends one message through the provider at once, not queued: the answer says whether it went. */
    async sendTestMessage(
      identity: Identity,
      input: { providerId: string; destination: string; text?: string | null; imageUrl?: string | null; button?: { caption: string; url: string } | null },
    ) {
      const admin = requireOperator(identity, ['ADMIN']);
      const provider = await findProvider(deps.db, admin.companyId, input.providerId);
      if (!provider) throw new CommunicationsError('PROVIDER_NOT_FOUND', 'No provider with this id in the company', 'providerId');
      const destination = input.destination.trim();
      // SMS, Viber and the social networks reach a member by phone; a push by the device's token.
      const [valid, what] =
        provider.channel === 'EMAIL'
          ? [isEmailAddress(destination), 'email']
          : provider.channel === 'PUSH'
            ? [destination.length > 0, 'device token']
            : [isPhoneNumber(destination), 'phone number'];
      if (!valid) throw new CommunicationsError('INVALID_DESTINATION', `destination: not a valid ${what}`, 'destination');
      const imageUrl = input.imageUrl?.trim() || null;
      const button = input.button ? { caption: input.button.caption.trim(), url: input.button.url.trim() } : null;
      // A Viber image with a button may go without a text; otherwise a text is always sent.
      const bare = provider.channel === 'VIBER' && imageUrl !== null && button !== null;
      const text = input.text?.trim() || (bare ? '' : `A test message from the loyalty platform through ${provider.name}.`);
      if (text.length > 1000) throw new CommunicationsError('INVALID_INPUT', 'text: at most 1000 characters', 'text');
      if (button && provider.channel !== 'VIBER') throw new CommunicationsError('INVALID_INPUT', 'button: only Viber messages have buttons', 'button');
      if (imageUrl && provider.channel !== 'VIBER' && provider.channel !== 'PUSH')
        throw new CommunicationsError('INVALID_INPUT', 'imageUrl: only push and Viber messages show images', 'imageUrl');
      const viberProblem = provider.channel === 'VIBER' ? viberContentProblem({ text: text || null, imageUrl, button }) : null;
      if (viberProblem) throw new CommunicationsError('INVALID_INPUT', `${viberProblem.field}: ${viberProblem.problem}`, viberProblem.field);
      try {
        const sent = await pool.opened(provider).send({
          id: randomUUID(),
          companyId: admin.companyId,
          memberId: null,
          channel: provider.channel,
          destination,
          // An admin waits for it: it takes the provider's next turn.
          urgent: true,
          subject: 'Test message',
          text,
          ...(imageUrl ? { imageUrl } : {}),
          ...(button ? { button } : {}),
        });
        return { providerMessageIds: sent.providerMessageIds };
      } catch (error) {
        if (error instanceof ProviderFailure) throw new CommunicationsError('PROVIDER_FAILED', error.message, null);
        throw error;
      }
    },
  };
}
