import type { PlatformAuthScopes } from '../../infra/graphql/auth-scopes';
import type { PlatformScalars } from '../../infra/graphql/scalars';
import { createSubgraphBuilder } from '../../infra/graphql/subgraph-builder';
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

export const builder = createSubgraphBuilder<MembersSchemaTypes>(getDatamodel());
