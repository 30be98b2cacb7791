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
      pageInfoTypeOptions: { shareable: true, description: 'Where a page of a connection sits in the whole list, and the cursors to move from it.' },
      hasNextPageFieldOptions: { description: 'More items follow this page: ask again with `after: endCursor`.' },
      hasPreviousPageFieldOptions: { description: 'Items come before this page: ask again with `before: startCursor`.' },
      startCursorFieldOptions: { description: 'The cursor of the first item of the page; null when the page is empty.' },
      endCursorFieldOptions: { description: 'The cursor of the last item of the page; null when the page is empty.' },
      pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
      edgesFieldOptions: { description: 'The items of this page, in the list’s order, each with its cursor.' },
      nodeFieldOptions: { description: 'The item.' },
      cursorFieldOptions: { description: 'Opaque: pass it as `after` or `before` to page from this item.' },
      firstArgOptions: { description: 'At most this many items after `after` (the field’s default page size when neither first nor last is given).' },
      afterArgOptions: { description: 'The endCursor of the previous page; from the start when omitted.' },
      lastArgOptions: { description: 'At most this many items before `before`.' },
      beforeArgOptions: { description: 'The startCursor of the next page; up to the end when omitted.' },
    },
    // Pothos cannot check its conditional option types against an open generic; each subgraph's
    // Types fixes them, and the subgraph schemas are type-checked where they use the builder.
  } as never);
  builder.addScalarType('DateTime' as never, DateTimeScalar as never);
  builder.addScalarType('Date' as never, DateScalar as never);
  builder.addScalarType('Decimal' as never, DecimalScalar as never);
  builder.queryType({ description: 'Reads. Every answer stays inside the caller’s company.' });
  builder.mutationType({
    description:
      'Writes. Each takes one `input` and answers with a payload whose `errors` lists expected refusals (then nothing changed); permission failures are GraphQL errors with extensions.code FORBIDDEN.',
  });
  return builder;
}
