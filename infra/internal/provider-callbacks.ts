/**
 * Providers' status callbacks reach the platform at the gateway, the one public entry: under this
 * path, POSTed by the provider. The gateway hands each on, as received, to the communications
 * subgraph's internal route of this name, which checks the path's token and answers 200 or 404.
 */
export const PROVIDER_CALLBACKS_PATH = '/provider-callbacks/';
export const PROVIDER_CALLBACK_ROUTE = 'provider-callback';

/** What the gateway hands on: the path after PROVIDER_CALLBACKS_PATH and the body (JSON parsed, else the text). */
export interface ProviderCallback {
  path: string;
  body: unknown;
}

/** What communications answers: the status for the provider, and how many statuses the call carried. */
export interface ProviderCallbackAnswer {
  status: 200 | 404;
  reports?: number;
}
