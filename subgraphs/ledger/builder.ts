import type { PlatformAuthScopes } from '../../infra/graphql/auth-scopes';
import type { PlatformScalars } from '../../infra/graphql/scalars';
import { createSubgraphBuilder } from '../../infra/graphql/subgraph-builder';
import type { LedgerContext } from './context';
import type PrismaTypes from './data/generated/pothos-types';
import { getDatamodel } from './data/generated/pothos-types';

export interface LedgerSchemaTypes {
  Context: LedgerContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: PlatformAuthScopes;
  Scalars: PlatformScalars;
  DefaultFieldNullability: false;
}

export type LedgerTypes = PothosSchemaTypes.ExtendDefaultTypes<LedgerSchemaTypes>;

export const builder = createSubgraphBuilder<LedgerSchemaTypes>(getDatamodel());
