import { DevInboxDocument } from '../e2e/__generated__/operations';
import { eventually } from './eventually';
import { request } from './graphql-client';
import type { TestPlatform } from './platform';

/** The newest development-inbox message to a destination that says `saying`, read as `token` (an admin or operator), waiting for it to arrive. */
export function devInboxMessage(platform: TestPlatform, token: string, destination: string, saying = '') {
  return eventually(async () => {
    const { devInbox } = await request(platform.gatewayUrl, DevInboxDocument, { destination, first: 10 }, { token });
    return devInbox.find((message) => message.text.includes(saying));
  }, `a message to ${destination} saying "${saying}" in the development inbox`);
}
