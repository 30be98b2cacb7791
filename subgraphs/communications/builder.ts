import type { PlatformAuthScopes } from '../../infra/graphql/auth-scopes';
import type { PlatformScalars } from '../../infra/graphql/scalars';
import { createSubgraphBuilder } from '../../infra/graphql/subgraph-builder';
import type { CommunicationsContext } from './context';
import type PrismaTypes from './data/generated/pothos-types';
import { getDatamodel } from './data/generated/pothos-types';

export interface CommunicationsSchemaTypes {
  Context: CommunicationsContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: PlatformAuthScopes;
  Scalars: PlatformScalars;
  DefaultFieldNullability: false;
}

export type CommunicationsTypes = PothosSchemaTypes.ExtendDefaultTypes<CommunicationsSchemaTypes>;

export const builder = createSubgraphBuilder<CommunicationsSchemaTypes>(getDatamodel());
