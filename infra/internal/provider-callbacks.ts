/**
 * Providers' status callbacks reach the platform at the gateway, the one public entry: under this
 * path, POSTed by the provider. The gateway hands each on, as received, to the communications
 * subgraph's internal route of this name, which checks the path's token and answers 200, 400 or 404.
 */
export const PROVIDER_CALLBACKS_PATH = '/provider-callbacks/';
export const PROVIDER_CALLBACK_ROUTE = 'provider-callback';

/**
 * What the gateway hands on: the path after PROVIDER_CALLBACKS_PATH and the body's text as sent
 * (parsed by the provider's plugin, which knows its format: the gateway never reads it).
 */
export interface ProviderCallback {
  path: string;
  body: string;
}

/** What communications answers: the status for the provider (400: a body the plugin refuses), and how many statuses it recorded. */
export interface ProviderCallbackAnswer {
  status: 200 | 400 | 404;
  reports?: number;
  error?: string;
}
