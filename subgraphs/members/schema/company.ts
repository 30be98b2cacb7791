import { builder } from '../builder';
import { channelSettings } from '../data/companies-store';
import type { Company as CompanyRow, Operator as OperatorRow } from '../data/prisma';
import type { RegistrationChannel as Channel, ProfileField } from '../domain/registration';
import { channelSetting, REGISTRATION_CHANNELS } from '../domain/registration';
import { MemberState, OperatorRole, RegistrationChannel, RegistrationField } from './enums';
import { attempt, errorsField, type Outcome, payloadType } from './errors';
import { canSeeCompanyRow, visibleOrNull } from './visibility';

export const RegistrationChannelSetting = builder
  .objectRef<{ channel: Channel; enabled: boolean; requiredFields: ProfileField[] }>('RegistrationChannelSetting')
  .implement({
    description: 'Whether a channel accepts registrations and which profile fields it requires.',
    fields: (t) => ({
      channel: t.field({ type: RegistrationChannel, description: 'The channel.', resolve: (s) => s.channel }),
      enabled: t.exposeBoolean('enabled', { description: 'Registrations through it are accepted; refused with CHANNEL_DISABLED otherwise.' }),
      requiredFields: t.field({
        type: [RegistrationField],
        description: 'Profile fields a registration through it must carry, on top of the phone.',
        resolve: (s) => s.requiredFields,
      }),
    }),
  });

export const Company = builder.prismaObject('Company', {
  description: 'A retailer running one loyalty program. Nothing is ever shared between companies.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The company’s id (the companyId sign-ins and self-registration name).' }),
    name: t.exposeString('name', { description: 'The retailer’s name.' }),
    posCurrency: t.exposeString('posCurrency', { description: 'ISO 4217 code of the currency the registers take.' }),
    timeZone: t.exposeString('timeZone', {
      description: 'IANA time zone (default UTC): the program’s days, calendar limit windows and expiry-warning dates are in it.',
    }),
    spendingStates: t.field({
      type: [MemberState],
      description: 'Member states allowed to pay with bonuses.',
      resolve: (company) => company.spendingStates,
    }),
    historyStartsAt: t.expose('historyStartsAt', {
      type: 'DateTime',
      description: 'No bonus operation may be dated before it (default 2000-01-01); admins move it back to migrate an old program.',
    }),
    registrationChannels: t.field({
      type: [RegistrationChannelSetting],
      description: 'Every channel with its setting (defaults where the company has not configured one).',
      resolve: async (company, _args, ctx) => {
        const stored = await channelSettings(ctx.db, company.id);
        return REGISTRATION_CHANNELS.map((channel) => channelSetting(channel, stored));
      },
    }),
    pointsOfSale: t.relation('pointsOfSale', { description: 'The company’s stores, oldest first.', query: { orderBy: { createdAt: 'asc' } } }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the company was opened.' }),
  }),
});

builder.asEntity(Company, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async ({ id }, ctx) => visibleOrNull(await ctx.loaders.company.load(id), (c) => canSeeCompanyRow(ctx.identity, { companyId: c.id })),
});

export const Operator = builder.prismaObject('Operator', {
  description: 'A person working in the admin tools or the contact center.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The operator’s id.' }),
    email: t.exposeString('email', { description: 'The sign-in email address, lower case.' }),
    role: t.field({ type: OperatorRole, description: 'What the operator may do.', resolve: (o) => o.role }),
    passwordChangeRequired: t.exposeBoolean('passwordChangeRequired', {
      description:
        'Signed in with a password someone else chose (the generated first one, or one given at createCompany or createOperator): changeOperatorPassword before anything else.',
    }),
    platformOperator: t.exposeBoolean('platformOperator', {
      description: 'Runs the platform, not just a company: may create companies (createCompany). The first administrator is one.',
    }),
    company: t.relation('company', { description: 'The company the operator works for; they act only inside it.' }),
  }),
});

builder.queryField('company', (t) =>
  t.prismaField({
    type: 'Company',
    nullable: true,
    description: "The caller's own company.",
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.identity.kind === 'anonymous' ? null : ctx.db.company.findUnique({ ...query, where: { id: ctx.identity.companyId } }),
  }),
);

builder.queryField('currentOperator', (t) =>
  t.prismaField({
    type: 'Operator',
    nullable: true,
    description: 'The signed-in operator.',
    authScopes: { operator: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.identity.kind === 'operator' ? ctx.db.operator.findUnique({ ...query, where: { id: ctx.identity.operatorId } }) : null,
  }),
);

const CreateCompanyPayload = builder.objectRef<Outcome<{ company: CompanyRow; admin: OperatorRow }>>('CreateCompanyPayload').implement({
  description: 'The new company and its first administrator.',
  fields: (t) => ({
    company: t.field({
      type: Company,
      nullable: true,
      description: 'The new company. Null when errors is not empty.',
      resolve: (o) => o.result?.company ?? null,
    }),
    admin: t.field({
      type: Operator,
      nullable: true,
      description: 'Its first administrator, who can sign in at once. Null when errors is not empty.',
      resolve: (o) => o.result?.admin ?? null,
    }),
    errors: errorsField(t),
  }),
});

const CreateCompanyInput = builder.inputType('CreateCompanyInput', {
  description: 'A new company and its first administrator.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The retailer’s name, 1 to 200 characters.' }),
    posCurrency: t.string({ description: 'ISO 4217 code; EUR when omitted.' }),
    adminEmail: t.string({ required: true, description: 'The first administrator’s sign-in email; no other operator may have it.' }),
    adminPassword: t.string({
      required: true,
      description: 'A first password (8 to 128 characters with letters and digits) that serves only to choose their own at the first sign-in.',
    }),
  }),
});

builder.mutationField('createCompany', (t) =>
  t.field({
    type: CreateCompanyPayload,
    description:
      'Platform operators only (the first administrator, created at the first start, is one; a company’s own administrators are not): opens a new company (tenant) with its first administrator. The caller gets no access to it. Emits company.created. Errors: INVALID_INPUT, INVALID_EMAIL, WEAK_PASSWORD, OPERATOR_EMAIL_TAKEN.',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: CreateCompanyInput, required: true, description: 'The company and its administrator.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.companies.createCompany(ctx.identity, input)),
  }),
);

const CreateOperatorInput = builder.inputType('CreateOperatorInput', {
  description: 'A new operator of the caller’s company.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'Their sign-in email; no other operator may have it.' }),
    password: t.string({
      required: true,
      description: 'A first password (8 to 128 characters with letters and digits) that serves only to choose their own at the first sign-in.',
    }),
    role: t.field({ type: OperatorRole, required: true, description: 'What they may do.' }),
  }),
});

builder.mutationField('createOperator', (t) =>
  t.field({
    type: payloadType('CreateOperatorPayload', 'operator', Operator, {
      description: 'What createOperator answers: the new operator, or why it was refused.',
      result: 'The new operator, who signs in with the given password and must change it first (passwordChangeRequired).',
    }),
    description: 'Admins: adds an operator with a role to their company. Errors: INVALID_EMAIL, WEAK_PASSWORD, OPERATOR_EMAIL_TAKEN.',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: CreateOperatorInput, required: true, description: 'The operator to add.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.companies.createOperator(ctx.identity, input)),
  }),
);

const UpdateCompanySettingsInput = builder.inputType('UpdateCompanySettingsInput', {
  description: 'Company-wide settings to change; omitted ones stay.',
  fields: (t) => ({
    spendingStates: t.field({ type: [MemberState], description: 'Member states allowed to pay with bonuses (not BLOCKED or DELETED).' }),
    timeZone: t.string({ description: 'IANA time zone, e.g. Europe/Berlin.' }),
    historyStartsAt: t.field({
      type: 'DateTime',
      description: 'No bonus operation may be dated before it (default 2000-01-01); move it back, not before 1900, to migrate an old program.',
    }),
  }),
});

builder.mutationField('updateCompanySettings', (t) =>
  t.field({
    type: payloadType('UpdateCompanySettingsPayload', 'company', Company, {
      description: 'What updateCompanySettings answers: the company with its settings, or why they were refused.',
      result: 'The company with its settings as they are now.',
    }),
    description:
      "Admins: changes the program's company-wide settings; omitted ones stay. The history start moves later only as far as the earliest bonus operation. Emits company.settings_changed. Errors: INVALID_INPUT, HISTORY_HAS_OPERATIONS.",
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: UpdateCompanySettingsInput, required: true, description: 'The settings to change.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.companies.updateCompanySettings(ctx.identity, input)),
  }),
);

const ConfigureRegistrationChannelInput = builder.inputType('ConfigureRegistrationChannelInput', {
  description: 'A registration channel’s whole setting.',
  fields: (t) => ({
    channel: t.field({ type: RegistrationChannel, required: true, description: 'The channel to configure.' }),
    enabled: t.boolean({ required: true, description: 'Whether it accepts registrations.' }),
    requiredFields: t.field({
      type: [RegistrationField],
      required: true,
      description: 'Profile fields it requires on top of the phone; empty: the phone only.',
    }),
  }),
});

builder.mutationField('configureRegistrationChannel', (t) =>
  t.field({
    type: payloadType('ConfigureRegistrationChannelPayload', 'setting', RegistrationChannelSetting, {
      description: 'What configureRegistrationChannel answers: the saved setting, or why it was refused.',
      result: 'The channel’s setting as saved.',
    }),
    description:
      'Admins: enables or disables a registration channel and sets the fields it requires (replacing the default), from the next registration on. Errors: INVALID_INPUT.',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: ConfigureRegistrationChannelInput, required: true, description: 'The channel and its setting.' }) },
    resolve: async (_root, { input }, ctx) => {
      const outcome = await attempt(() => ctx.services.companies.configureRegistrationChannel(ctx.identity, input));
      const result = outcome.result && { ...outcome.result, requiredFields: outcome.result.requiredFields as ProfileField[] };
      return { ...outcome, result };
    },
  }),
);
