import type { GraphQLSchema } from 'graphql';
import { builder } from '../builder';
import './errors';
import './enums';
import './dev-inbox';
import './providers';
import './alert-recipients';
import './messaging-settings';
import './templates';
import './messages';
import './devices';
import './member';
import './inbox';
import './tickets';
import './mailings';

/** The communications subgraph schema, with Apollo Federation 2 directives. */
export const communicationsSchema: GraphQLSchema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@extends', '@requires', '@provides'],
});
