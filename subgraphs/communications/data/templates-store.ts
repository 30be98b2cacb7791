import type { MessageTemplate as Template } from '../domain/templates';
import type { Channel, CommunicationsDb, MessageTemplate } from './prisma';

/** The company's default language is stored as "" (a template for everyone without one of their own). */
export const DEFAULT_LANGUAGE = '';

/**
 * The company's template for a kind of message over a channel in the member's language: the exact
 * tag (de-AT), then its language (de), then the company's default; null when it has none.
 */
export async function templateFor(
  db: CommunicationsDb,
  key: { companyId: string; kind: string; channel: Channel },
  language: string | null,
): Promise<Template | null> {
  const candidates = [...new Set([language, language?.split('-')[0], DEFAULT_LANGUAGE].filter((tag): tag is string => tag != null))];
  const rows = await db.messageTemplate.findMany({ where: { companyId: key.companyId, kind: key.kind, channel: key.channel, language: { in: candidates } } });
  const best = candidates.map((tag) => rows.find((row) => row.language === tag)).find(Boolean);
  return best ? { subject: best.subject, text: best.text, html: best.html } : null;
}

export function listTemplates(db: CommunicationsDb, companyId: string, filter: { kind?: string | null; channel?: Channel | null }): Promise<MessageTemplate[]> {
  return db.messageTemplate.findMany({
    where: { companyId, ...(filter.kind ? { kind: filter.kind } : {}), ...(filter.channel ? { channel: filter.channel } : {}) },
    orderBy: [{ kind: 'asc' }, { channel: 'asc' }, { language: 'asc' }],
  });
}

export function saveTemplate(
  db: CommunicationsDb,
  key: { companyId: string; kind: string; channel: Channel; language: string },
  template: Template,
): Promise<MessageTemplate> {
  return db.messageTemplate.upsert({
    where: { companyId_kind_channel_language: key },
    create: { ...key, ...template },
    update: template,
  });
}

/** Removes one; answers whether there was one. */
export async function removeTemplate(db: CommunicationsDb, key: { companyId: string; kind: string; channel: Channel; language: string }): Promise<boolean> {
  return (await db.messageTemplate.deleteMany({ where: key })).count > 0;
}
