import { requireOperator } from '../../../infra/auth/access';
import type { Identity } from '../../../infra/auth/identity';
import { signalSettingsChanged } from '../../../infra/cache/change-signal';
import { runTransaction } from '../../../infra/db/transaction';
import { ValidationErrors } from '../../../infra/errors/business-error';
import { canonicalLanguageTag } from '../../../infra/text/language-tag';
import { recordCommunicationsEvents } from '../data/outbox-store';
import { type Channel, COMMUNICATIONS_SCHEMA } from '../data/prisma';
import { DEFAULT_LANGUAGE, listTemplates, removeTemplate, saveTemplate } from '../data/templates-store';
import { CommunicationsError } from '../domain/errors';
import { templateProblems } from '../domain/template-check';
import type { MessageKind } from '../domain/templates';
import type { CommunicationsDeps } from './deps';
import type { SettingsCache } from './settings-cache';

/** Who writes what members are told: admins and marketers. */
const TEMPLATE_ROLES = ['ADMIN', 'MARKETER'] as const;

export interface TemplateKey {
  kind: MessageKind;
  channel: Channel;
  /** A BCP 47 tag; omitted: the company's default, for members whose language has no template. */
  language?: string | null;
}

function languageOf(raw: string | null | undefined): string {
  if (raw == null || raw.trim() === '') return DEFAULT_LANGUAGE;
  const tag = canonicalLanguageTag(raw);
  if (!tag) throw new CommunicationsError('INVALID_INPUT', 'language: a BCP 47 tag such as en, de or pt-BR', 'language');
  return tag;
}

export function createTemplateService(deps: CommunicationsDeps, settings: SettingsCache) {
  return {
    list(identity: Identity, filter: { kind?: MessageKind | null; channel?: Channel | null }) {
      return listTemplates(deps.db, requireOperator(identity, [...TEMPLATE_ROLES]).companyId, filter);
    },

    /** Writes the company's wording of a kind of message; refused, with every problem at once, when it would not render or fit. */
    async setTemplate(identity: Identity, input: TemplateKey & { subject?: string | null; text: string; html?: string | null }) {
      const operator = requireOperator(identity, [...TEMPLATE_ROLES]);
      const language = languageOf(input.language);
      const template = { subject: input.subject?.trim() || null, text: input.text, html: input.html?.trim() || null };
      const problems = templateProblems(input.kind, input.channel, template);
      if (problems.length > 0) throw new ValidationErrors(problems);
      const key = { companyId: operator.companyId, kind: input.kind, channel: input.channel, language };
      const saved = await runTransaction(deps, async (tx) => {
        const written = await saveTemplate(tx, key, template);
        await recordCommunicationsEvents(tx, identity, [{ type: 'message_template.changed', companyId: operator.companyId, data: { ...key, removed: false } }]);
        await signalSettingsChanged(tx, COMMUNICATIONS_SCHEMA);
        return written;
      });
      settings.changed();
      return saved;
    },

    /** Removes the company's wording: the platform's own is used again (or the company's default language's). */
    async removeTemplate(identity: Identity, input: TemplateKey) {
      const operator = requireOperator(identity, [...TEMPLATE_ROLES]);
      const key = { companyId: operator.companyId, kind: input.kind, channel: input.channel, language: languageOf(input.language) };
      await runTransaction(deps, async (tx) => {
        if (!(await removeTemplate(tx, key))) throw new CommunicationsError('TEMPLATE_NOT_FOUND', 'No template of this kind, channel and language', 'kind');
        await recordCommunicationsEvents(tx, identity, [{ type: 'message_template.changed', companyId: operator.companyId, data: { ...key, removed: true } }]);
        await signalSettingsChanged(tx, COMMUNICATIONS_SCHEMA);
      });
      settings.changed();
      return true;
    },
  };
}
