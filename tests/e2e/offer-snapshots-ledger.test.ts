import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { querySql } from '../support/seed';
import { CreateOfferDocument, PauseOfferDocument, PublishOfferDocument } from './__generated__/operations';

/** Each snapshot of a company's live offers reaches the ledger before the marketer is answered. */

const env = usePlatformWithCompany({ events: true, offers: true });

const ledgerSnapshots = () =>
  querySql<{ version: number; names: string[] }>(
    env.platform,
    "SELECT version, ARRAY(SELECT o->>'name' FROM jsonb_array_elements(offers) o) AS names FROM ledger.offer_snapshots WHERE company_id = $1 ORDER BY version",
    [env.company.companyId],
  );

test('publishing and pausing: the ledger holds each snapshot by the time the answer comes', async () => {
  const token = env.company.adminToken;
  const { createOffer } = await request(
    env.platform.gatewayUrl,
    CreateOfferDocument,
    { input: { content: { name: 'Coffee', event: { kind: 'RECEIPT' }, actions: [{ receiptMessage: 'Coffee time' }] } } },
    { token },
  );
  const offerId = createOffer.offer?.id as string;
  expect(await ledgerSnapshots()).toEqual([]);

  await request(env.platform.gatewayUrl, PublishOfferDocument, { input: { offerId } }, { token });
  expect(await ledgerSnapshots()).toEqual([{ version: 1, names: ['Coffee'] }]);

  await request(env.platform.gatewayUrl, PauseOfferDocument, { input: { offerId } }, { token });
  expect(await ledgerSnapshots()).toEqual([
    { version: 1, names: ['Coffee'] },
    { version: 2, names: [] },
  ]);
});
