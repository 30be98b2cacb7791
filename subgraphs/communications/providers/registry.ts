import type { z } from 'zod';
import type { Channel } from '../data/prisma';
import type { MessageProvider, ProviderHooks } from './provider';
import { createSmppProvider, smppCredentials, smppSettings } from './smpp';
import { createSmtpProvider, smtpCredentials, smtpSettings } from './smtp';

/** The kinds of provider a company can configure. */
export const PROVIDER_KINDS = ['SMTP', 'SMPP'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** A kind of provider: the channel it serves, the settings and credentials it takes, and how it is opened. */
export interface ProviderPlugin {
  channel: Channel;
  description: string;
  settings: z.ZodObject;
  credentials: z.ZodObject;
  open(settings: Record<string, unknown>, credentials: Record<string, unknown>, hooks: ProviderHooks): MessageProvider;
}

export const PROVIDER_PLUGINS: Record<ProviderKind, ProviderPlugin> = {
  SMTP: {
    channel: 'EMAIL',
    description:
      'Email over SMTP. Settings: host, port (587), secure (`true` for TLS from the start, port 465), requireTls, sender (the From address), replyTo. Credentials: username, password (both optional).',
    settings: smtpSettings,
    credentials: smtpCredentials,
    open: (settings, credentials) => createSmtpProvider(smtpSettings.parse(settings), smtpCredentials.parse(credentials)),
  },
  SMPP: {
    channel: 'SMS',
    description:
      'SMS over SMPP 3.4 (a transceiver link, kept alive and bound again when lost; GSM-7 or UCS-2, long texts concatenated; delivery receipts). Settings: host, port (2775), sender (a number, or up to 11 letters and digits), systemType, enquireLinkSeconds (30). Credentials: systemId, password.',
    settings: smppSettings,
    credentials: smppCredentials,
    open: (settings, credentials, hooks) => createSmppProvider(smppSettings.parse(settings), smppCredentials.parse(credentials), hooks),
  },
};

export const isProviderKind = (kind: string): kind is ProviderKind => (PROVIDER_KINDS as readonly string[]).includes(kind);
