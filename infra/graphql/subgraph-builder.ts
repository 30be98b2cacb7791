import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin, { type PrismaClient } from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Identity } from '../auth/identity';
import { authScopesFor, forbiddenError, type PlatformAuthScopes } from './auth-scopes';
import { DateScalar, DateTimeScalar, DecimalScalar, type PlatformScalars } from './scalars';

/** What every subgraph's Pothos types share: its context carries the caller and its Prisma client. */
export interface SubgraphSchemaTypes {
  Context: { identity: Identity; db: unknown };
  // biome-ignore lint/suspicious/noExplicitAny: each subgraph supplies its generated Prisma types.
  PrismaTypes: any;
  AuthScopes: PlatformAuthScopes;
  Scalars: PlatformScalars;
  DefaultFieldNullability: false;
}

/**
 * A subgraph's schema builder with the platform's plugins and conventions: scope-auth with the
 * platform scopes, Prisma, Relay connections (PageInfo shareable across subgraphs), DataLoader,
 * federation, non-null fields by default, and the DateTime, Date and Decimal scalars.
 */
export function createSubgraphBuilder<Types extends SubgraphSchemaTypes>(datamodel: { datamodel: unknown }) {
  const builder = new SchemaBuilder<Types>({
    defaultFieldNullability: false,
    plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin, DirectivePlugin, FederationPlugin],
    scopeAuth: {
      authScopes: (context: Types['Context']) => authScopesFor(context.identity),
      unauthorizedError: forbiddenError,
    },
    prisma: {
      client: (context: Types['Context']) => context.db as PrismaClient,
      dmmf: datamodel,
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
    // Pothos cannot check its conditional option types against an open generic; each subgraph's
    // Types fixes them, and the subgraph schemas are type-checked where they use the builder.
  } as never);
  builder.addScalarType('DateTime' as never, DateTimeScalar as never);
  builder.addScalarType('Date' as never, DateScalar as never);
  builder.addScalarType('Decimal' as never, DecimalScalar as never);
  builder.queryType({});
  builder.mutationType({});
  return builder;
}
