import type { GraphQLSchema } from 'graphql';
import { builder } from '../builder';
import './errors';
import './enums';
import './company';
import './point-of-sale';
import './terminal';
import './member';
import './card';
import './session';
import './auth';
import './operator-password';
import './password-reset';
import './registration';
import './profile';
import './account';
import './family';
import './staff-actions';
import './staff-removal';

/** The members subgraph schema, with Apollo Federation 2 directives. */
export const membersSchema: GraphQLSchema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@requires', '@provides'],
});
