import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { PlatformAuthScopes } from '../../infra/graphql/auth-scopes';
import type { PlatformScalars } from '../../infra/graphql/scalars';
import { createSubgraphBuilder } from '../../infra/graphql/subgraph-builder';
import { isWallClock } from '../../infra/time/wall-clock';
import type { OffersContext } from './context';
import type PrismaTypes from './data/generated/pothos-types';
import { getDatamodel } from './data/generated/pothos-types';

export interface OffersSchemaTypes {
  Context: OffersContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: PlatformAuthScopes;
  Scalars: PlatformScalars & { LocalDateTime: { Input: string; Output: string } };
  DefaultFieldNullability: false;
}

export type OffersTypes = PothosSchemaTypes.ExtendDefaultTypes<OffersSchemaTypes>;

export const builder = createSubgraphBuilder<OffersSchemaTypes>(getDatamodel());

function parseLocalDateTime(value: unknown): string {
  if (typeof value !== 'string' || !isWallClock(value)) {
    throw new GraphQLError('LocalDateTime must be a wall-clock date and time without offset that exists, e.g. 2026-12-01T12:00');
  }
  return value;
}

builder.addScalarType(
  'LocalDateTime',
  new GraphQLScalarType<string, string>({
    name: 'LocalDateTime',
    description:
      'A wall-clock date and time without offset, `YYYY-MM-DDTHH:MM` (e.g. `2026-12-01T12:00`): the same clock reading in each store’s own time zone.',
    serialize: (value) => String(value),
    parseValue: parseLocalDateTime,
    parseLiteral: (ast) => parseLocalDateTime(ast.kind === Kind.STRING ? ast.value : null),
  }),
);
