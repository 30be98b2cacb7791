import { GraphQLError } from 'graphql';

/** A permission failure: a GraphQL error (not a payload error), per the API conventions. */
export class ForbiddenError extends GraphQLError {
  constructor(message = 'Not allowed for this caller') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}
