import type { GraphQLSchema } from 'graphql';
import { builder } from '../builder';
import './errors';
import './enums';
import './offer';
import './offer-mutations';
import './audience';
import './audience-mutations';
import './simulation';
import './promotion';
import './member';
import './coupon';
import './product-list';
import './product-catalogue';
import './personal-offer';

/** The offers subgraph schema, with Apollo Federation 2 directives. */
export const offersSchema: GraphQLSchema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@extends', '@requires', '@provides'],
});
