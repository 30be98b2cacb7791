import { CreateOfferDocument, type CreateOfferInput, PublishOfferDocument } from '../e2e/__generated__/operations';
import { request } from './graphql-client';
import type { TestPlatform } from './platform';

/** Creates an offer and publishes it as the company's admin; fails the test when either is refused. Answers its id. */
export async function publishOffer(platform: TestPlatform, adminToken: string, content: CreateOfferInput['content']): Promise<string> {
  const { createOffer } = await request(platform.gatewayUrl, CreateOfferDocument, { input: { content } }, { token: adminToken });
  if (!createOffer.offer) throw new Error(`createOffer refused: ${JSON.stringify(createOffer.errors)}`);
  const { publishOffer: published } = await request(
    platform.gatewayUrl,
    PublishOfferDocument,
    { input: { offerId: createOffer.offer.id } },
    { token: adminToken },
  );
  if (published.errors.length > 0) throw new Error(`publishOffer refused: ${JSON.stringify(published.errors)}`);
  return createOffer.offer.id;
}
