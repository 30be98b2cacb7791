import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { authScopesFor, forbiddenError, type PlatformAuthScopes } from '../../infra/graphql/auth-scopes';
import { DateScalar, DateTimeScalar, DecimalScalar, type PlatformScalars } from '../../infra/graphql/scalars';
import type { MembersContext } from './context';
import type PrismaTypes from './data/generated/pothos-types';
import { getDatamodel } from './data/generated/pothos-types';

export interface MembersSchemaTypes {
  Context: MembersContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: PlatformAuthScopes;
  Scalars: PlatformScalars;
  DefaultFieldNullability: false;
}

export type MembersTypes = PothosSchemaTypes.ExtendDefaultTypes<MembersSchemaTypes>;

export const builder = new SchemaBuilder<MembersSchemaTypes>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin, DirectivePlugin, FederationPlugin],
  scopeAuth: {
    authScopes: ({ identity }) => authScopesFor(identity),
    unauthorizedError: forbiddenError,
  },
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    // Resolvers that answer null for the wrong caller skip the query on purpose; N+1 is pinned by tests.
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Every subgraph defines PageInfo; federation needs it declared shareable.
    pageInfoTypeOptions: { shareable: true },
  },
});

builder.addScalarType('DateTime', DateTimeScalar);
builder.addScalarType('Date', DateScalar);
builder.addScalarType('Decimal', DecimalScalar);
builder.queryType({});
builder.mutationType({});
