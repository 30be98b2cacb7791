import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type Decimal from 'decimal.js';
import { GraphQLError } from 'graphql';
import type { OperatorRole } from '../../infra/auth/identity';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../infra/graphql/scalars';
import type { MembersContext } from './context';
import type PrismaTypes from './data/generated/pothos-types';
import { getDatamodel } from './data/generated/pothos-types';

export interface MembersSchemaTypes {
  Context: MembersContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: {
    signedIn: boolean;
    member: boolean;
    terminal: boolean;
    operator: boolean;
    /** An operator holding one of the roles. */
    role: OperatorRole[];
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    Decimal: { Input: Decimal; Output: Decimal | string };
  };
  DefaultFieldNullability: false;
}

export type MembersTypes = PothosSchemaTypes.ExtendDefaultTypes<MembersSchemaTypes>;

export const builder = new SchemaBuilder<MembersSchemaTypes>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin, DirectivePlugin, FederationPlugin],
  scopeAuth: {
    authScopes: ({ identity }) => ({
      signedIn: identity.kind !== 'anonymous',
      member: identity.kind === 'member',
      terminal: identity.kind === 'terminal',
      operator: identity.kind === 'operator',
      role: (roles) => identity.kind === 'operator' && roles.includes(identity.role),
    }),
    // Denials are GraphQL errors with a stable code, not business errors in a payload.
    unauthorizedError: (_parent, _context, _info, result) => {
      return new GraphQLError(result.message || 'Not authorised', { extensions: { code: 'FORBIDDEN' } });
    },
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
  },
});

builder.addScalarType('DateTime', DateTimeScalar);
builder.addScalarType('Date', DateScalar);
builder.addScalarType('Decimal', DecimalScalar);
builder.queryType({});
builder.mutationType({});
