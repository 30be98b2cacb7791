import { usePlatformWithCompany } from '../support/fixture';
import { call, errorCodes, request } from '../support/graphql-client';
import { BOOTSTRAP_ADMIN } from '../support/platform';
import { loginOperator, querySql, seedCompany, uniqueEmail, uniquePhone } from '../support/seed';
import {
  BindCardDocument,
  CreateCardBatchDocument,
  CreateCompanyDocument,
  CreateOperatorDocument,
  CreatePointOfSaleDocument,
  CurrentCompanyDocument,
  LoginOperatorDocument,
  MemberByIdDocument,
  UpdateCompanySettingsDocument,
  UpdatePointOfSaleDocument,
} from './__generated__/operations';

const env = usePlatformWithCompany();

test('points of sale are created and updated by admins; omitted fields stay', async () => {
  const { createPointOfSale } = await request(
    env.platform.gatewayUrl,
    CreatePointOfSaleDocument,
    { input: { name: 'Harbour', confirmPaymentBySms: true, returnPolicy: 'FORGIVE' } },
    { token: env.company.adminToken },
  );
  expect(createPointOfSale.pointOfSale).toMatchObject({ confirmPaymentBySms: true, returnPolicy: 'FORGIVE' });
  const id = createPointOfSale.pointOfSale?.id as string;
  const { updatePointOfSale } = await request(
    env.platform.gatewayUrl,
    UpdatePointOfSaleDocument,
    { input: { pointOfSaleId: id, address: 'Pier 4' } },
    { token: env.company.adminToken },
  );
  expect(updatePointOfSale.pointOfSale).toMatchObject({ name: 'Harbour', address: 'Pier 4', confirmPaymentBySms: true, returnPolicy: 'FORGIVE' });
  const blank = await request(
    env.platform.gatewayUrl,
    UpdatePointOfSaleDocument,
    { input: { pointOfSaleId: id, name: '  ' } },
    { token: env.company.adminToken },
  );
  expect(blank.updatePointOfSale.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'name' })]);
  const other = await seedCompany(env.platform);
  const foreign = await request(
    env.platform.gatewayUrl,
    UpdatePointOfSaleDocument,
    { input: { pointOfSaleId: id, name: 'Mine' } },
    { token: other.adminToken },
  );
  expect(foreign.updatePointOfSale.errors.map((e) => e.code)).toEqual(['POINT_OF_SALE_NOT_FOUND']);
  const operator = await env.company.operator('OPERATOR');
  expect(errorCodes(await call(env.platform.gatewayUrl, UpdatePointOfSaleDocument, { input: { pointOfSaleId: id, name: 'x' } }, { token: operator }))).toEqual([
    'FORBIDDEN',
  ]);
});

test('the spending states are program configuration: allowing card holders lets them spend', async () => {
  const own = await seedCompany(env.platform);
  const { createCardBatch } = await request(
    env.platform.gatewayUrl,
    CreateCardBatchDocument,
    { input: { name: 'One', prefix: '6', size: 1 } },
    { token: own.adminToken },
  );
  const [card] = await querySql<{ number: string }>(env.platform, 'SELECT number FROM members.cards WHERE batch_id = $1', [createCardBatch.batch?.id]);
  const { bindCard } = await request(
    env.platform.gatewayUrl,
    BindCardDocument,
    { input: { cardNumber: card?.number as string, phone: uniquePhone() } },
    { token: own.adminToken },
  );
  const holderId = bindCard.card?.member?.id as string;
  const canSpend = async () => (await request(env.platform.gatewayUrl, MemberByIdDocument, { id: holderId }, { token: own.adminToken })).member?.canSpend;
  expect(await canSpend()).toBe(false);

  const refused = await request(env.platform.gatewayUrl, UpdateCompanySettingsDocument, { input: { spendingStates: ['BLOCKED'] } }, { token: own.adminToken });
  expect(refused.updateCompanySettings.errors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
  const { updateCompanySettings } = await request(
    env.platform.gatewayUrl,
    UpdateCompanySettingsDocument,
    { input: { spendingStates: ['CARD_HOLDER', 'REGISTERED'] } },
    { token: own.adminToken },
  );
  expect(updateCompanySettings.company?.spendingStates).toEqual(['CARD_HOLDER', 'REGISTERED']);
  expect(await canSpend()).toBe(true);
  const { company: current } = await request(env.platform.gatewayUrl, CurrentCompanyDocument, {}, { token: own.adminToken });
  expect(current?.spendingStates).toEqual(['CARD_HOLDER', 'REGISTERED']);
});

test('a platform operator opens a company with its own administrator; duplicate operator emails are refused', async () => {
  const platformOperator = await loginOperator(env.platform, BOOTSTRAP_ADMIN.adminEmail, BOOTSTRAP_ADMIN.adminPassword);
  const email = uniqueEmail('admin');
  const first = await request(
    env.platform.gatewayUrl,
    CreateCompanyDocument,
    { input: { name: 'Second Retail', adminEmail: email, adminPassword: 'second-pass-1', posCurrency: 'usd' } },
    { token: platformOperator },
  );
  expect(first.createCompany.errors).toEqual([]);
  // The platform operator chose the password: it serves only to choose one's own.
  const firstSignIn = await request(env.platform.gatewayUrl, LoginOperatorDocument, { input: { email, password: 'second-pass-1' } });
  expect(firstSignIn.loginOperator.operator?.passwordChangeRequired).toBe(true);
  expect(errorCodes(await call(env.platform.gatewayUrl, CurrentCompanyDocument, {}, { token: firstSignIn.loginOperator.token as string }))).toEqual([
    'FORBIDDEN',
  ]);
  const again = await request(
    env.platform.gatewayUrl,
    CreateCompanyDocument,
    { input: { name: 'Third Retail', adminEmail: email, adminPassword: 'third-pass-1' } },
    { token: platformOperator },
  );
  expect(again.createCompany.errors.map((e) => e.code)).toEqual(['OPERATOR_EMAIL_TAKEN']);
  const operator = await request(
    env.platform.gatewayUrl,
    CreateOperatorDocument,
    { input: { email, password: 'whatever-1', role: 'MARKETER' } },
    { token: env.company.adminToken },
  );
  expect(operator.createOperator.errors.map((e) => e.code)).toEqual(['OPERATOR_EMAIL_TAKEN']);
  // So did the admin for a new operator.
  const marketerEmail = uniqueEmail('marketer');
  await request(
    env.platform.gatewayUrl,
    CreateOperatorDocument,
    { input: { email: marketerEmail, password: 'given-pass-1', role: 'MARKETER' } },
    { token: env.company.adminToken },
  );
  const marketer = await request(env.platform.gatewayUrl, LoginOperatorDocument, { input: { email: marketerEmail, password: 'given-pass-1' } });
  expect(marketer.loginOperator.operator?.passwordChangeRequired).toBe(true);
  const badCurrency = await request(
    env.platform.gatewayUrl,
    CreateCompanyDocument,
    { input: { name: 'Fourth', adminEmail: uniqueEmail('admin'), adminPassword: 'fourth-pass-1', posCurrency: 'euro' } },
    { token: platformOperator },
  );
  expect(badCurrency.createCompany.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'posCurrency' })]);
});

test('a company’s own administrator cannot open companies: tenants are the platform’s to create', async () => {
  const refused = await call(
    env.platform.gatewayUrl,
    CreateCompanyDocument,
    { input: { name: 'Shadow Retail', adminEmail: uniqueEmail('admin'), adminPassword: 'shadow-pass-1' } },
    { token: env.company.adminToken },
  );
  expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
  const [row] = await querySql<{ count: string }>(env.platform, "SELECT count(*) FROM members.companies WHERE name = 'Shadow Retail'");
  expect(Number(row?.count)).toBe(0);
});
