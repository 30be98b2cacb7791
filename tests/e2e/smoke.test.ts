import { request } from '../support/graphql-client';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { seedCompany } from '../support/seed';
import { CurrentCompanyDocument } from './__generated__/operations';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

test('an admin of a new company reads the company through the gateway', async () => {
  const company = await seedCompany(platform);
  const data = await request(platform.gatewayUrl, CurrentCompanyDocument, {}, { token: company.adminToken });
  expect(data.company?.id).toBe(company.companyId);
  expect(data.company?.registrationChannels).toHaveLength(6);
});
