import type { z } from 'zod';
import type { Channel } from '../data/prisma';
import type { PushServiceName } from '../domain/device-token';
import { apnsCredentials, apnsSettings, createApnsProvider } from './apns';
import { azureNotificationHubsCredentials, azureNotificationHubsSettings, createAzureNotificationHubsProvider } from './azure-notification-hubs';
import {
  createDevinoProvider,
  createDevinoSocialProvider,
  createDevinoViberProvider,
  devinoCredentials,
  devinoSettings,
  devinoSocialSettings,
  devinoViberSettings,
} from './devino';
import { createFcmProvider, fcmCredentials, fcmSettings } from './fcm';
import { createHmsProvider, hmsCredentials, hmsSettings } from './hms';
import type { MessageProvider, ProviderHooks } from './provider';
import { createSmppProvider, smppCredentials, smppSettings } from './smpp';
import { createSmsTrafficProvider, smsTrafficCredentials, smsTrafficSettings } from './smstraffic';
import { createSmtpProvider, smtpCredentials, smtpSettings } from './smtp';
import { createStreamTelecomProvider, streamTelecomCredentials, streamTelecomSettings } from './stream-telecom';

/** The kinds of provider a company can configure. */
export const PROVIDER_KINDS = [
  'SMTP',
  'SMPP',
  'DEVINO_SMS',
  'SMSTRAFFIC_SMS',
  'STREAM_TELECOM_SMS',
  'DEVINO_VIBER',
  'DEVINO_SOCIAL',
  'FCM',
  'APNS',
  'HMS',
  'AZURE_NOTIFICATION_HUBS',
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** A kind of provider: the channel it serves, the settings and credentials it takes, and how it is opened. */
export interface ProviderPlugin {
  channel: Channel;
  description: string;
  settings: z.ZodObject;
  credentials: z.ZodObject;
  /** Push: the services whose device tokens it reaches. */
  pushServices?: PushServiceName[];
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
  DEVINO_SMS: {
    channel: 'SMS',
    description:
      'SMS through Devino Telecom’s HTTP API (codes at REALTIME priority; statuses called back when PUBLIC_URL is set). Settings: sender (an approved name: up to 11 Latin letters or 15 digits), validitySeconds (0: Devino’s default), apiUrl (https://api.devino.online). Credentials: apiKey.',
    settings: devinoSettings,
    credentials: devinoCredentials,
    open: (settings, credentials, hooks) => createDevinoProvider(devinoSettings.parse(settings), devinoCredentials.parse(credentials), hooks),
  },
  SMSTRAFFIC_SMS: {
    channel: 'SMS',
    description:
      'SMS through SMS Traffic’s HTTP API (statuses asked for every statusPollSeconds). Settings: sender (a registered name: up to 11 Latin letters or 15 digits), statusPollSeconds (60; 0: never). Credentials: login, password.',
    settings: smsTrafficSettings,
    credentials: smsTrafficCredentials,
    open: (settings, credentials, hooks) => createSmsTrafficProvider(smsTrafficSettings.parse(settings), smsTrafficCredentials.parse(credentials), hooks),
  },
  STREAM_TELECOM_SMS: {
    channel: 'SMS',
    description:
      'SMS through Stream Telecom’s HTTP API (statuses asked for every statusPollSeconds). Settings: sender (a registered name: up to 11 Latin letters or 15 digits), statusPollSeconds (60; 0: never). Credentials: login, password.',
    settings: streamTelecomSettings,
    credentials: streamTelecomCredentials,
    open: (settings, credentials, hooks) =>
      createStreamTelecomProvider(streamTelecomSettings.parse(settings), streamTelecomCredentials.parse(credentials), hooks),
  },
  DEVINO_VIBER: {
    channel: 'VIBER',
    description:
      'Viber business messages through Devino Telecom (a text, a text with a button, all three with an image, or an image with a button). Settings: sender (the agreed Viber sender name), validitySeconds (86400), apiUrl (https://api.devino.online). Credentials: apiKey.',
    settings: devinoViberSettings,
    credentials: devinoCredentials,
    open: (settings, credentials, hooks) => createDevinoViberProvider(devinoViberSettings.parse(settings), devinoCredentials.parse(credentials), hooks),
  },
  DEVINO_SOCIAL: {
    channel: 'SOCIAL',
    description:
      'Notifications through a VK or Odnoklassniki group via Devino Telecom: texts go into one template the network moderated. Settings: templateId, textVariable (text), routes (VK, OK, VK,OK or OK,VK), validitySeconds (86400), apiUrl (https://api.devino.online). Credentials: apiKey.',
    settings: devinoSocialSettings,
    credentials: devinoCredentials,
    open: (settings, credentials, hooks) => createDevinoSocialProvider(devinoSocialSettings.parse(settings), devinoCredentials.parse(credentials), hooks),
  },
  FCM: {
    channel: 'PUSH',
    description:
      'Push through Firebase Cloud Messaging (HTTP v1) to FCM tokens. Settings: projectId. Credentials: serviceAccount (the service account key file’s JSON).',
    settings: fcmSettings,
    credentials: fcmCredentials,
    pushServices: ['FCM'],
    open: (settings, credentials) => createFcmProvider(fcmSettings.parse(settings), fcmCredentials.parse(credentials)),
  },
  APNS: {
    channel: 'PUSH',
    description:
      'Push through the Apple Push Notification service (HTTP/2, a token key) to APNs device tokens. Settings: teamId, keyId, bundleId, url (https://api.push.apple.com; the sandbox for development builds). Credentials: privateKey (the .p8 file).',
    settings: apnsSettings,
    credentials: apnsCredentials,
    pushServices: ['APNS'],
    open: (settings, credentials) => createApnsProvider(apnsSettings.parse(settings), apnsCredentials.parse(credentials)),
  },
  HMS: {
    channel: 'PUSH',
    description: 'Push through Huawei Push Kit to HMS tokens. Settings: appId. Credentials: clientSecret (the app secret).',
    settings: hmsSettings,
    credentials: hmsCredentials,
    pushServices: ['HMS'],
    open: (settings, credentials) => createHmsProvider(hmsSettings.parse(settings), hmsCredentials.parse(credentials)),
  },
  AZURE_NOTIFICATION_HUBS: {
    channel: 'PUSH',
    description:
      'Push through Azure Notification Hubs (a direct send) to FCM and APNs tokens. Settings: endpoint (https://<namespace>.servicebus.windows.net), hubName. Credentials: sasKeyName, sasKey.',
    settings: azureNotificationHubsSettings,
    credentials: azureNotificationHubsCredentials,
    pushServices: ['FCM', 'APNS'],
    open: (settings, credentials) =>
      createAzureNotificationHubsProvider(azureNotificationHubsSettings.parse(settings), azureNotificationHubsCredentials.parse(credentials)),
  },
};

export const isProviderKind = (kind: string): kind is ProviderKind => (PROVIDER_KINDS as readonly string[]).includes(kind);

/** The push services a configured provider's kind reaches (none for other channels or an unknown kind). */
export const pushServicesOfKind = (kind: string): readonly PushServiceName[] => (isProviderKind(kind) ? (PROVIDER_PLUGINS[kind].pushServices ?? []) : []);
