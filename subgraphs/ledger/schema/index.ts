import type { GraphQLSchema } from 'graphql';
import { builder } from '../builder';
import './errors';
import './currency';
import './operation';
import './balance';
import './purchase';
import './purchase-offers';
import './refund';
import './manual-operation';
import './settlement';
import './import';
import './limits';

/** The ledger subgraph schema, with Apollo Federation 2 directives. */
export const ledgerSchema: GraphQLSchema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@extends', '@requires', '@provides'],
});
