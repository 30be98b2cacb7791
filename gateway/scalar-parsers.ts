import { type GraphQLSchema, isScalarType } from 'graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../infra/graphql/scalars';

const PLATFORM_SCALARS = [DecimalScalar, DateTimeScalar, DateScalar];

/**
 * The supergraph names the platform's scalars without their rules, so the gateway would take any
 * value and leave the subgraph to refuse it, which the gateway then reports as the subgraph
 * failing (INTERNAL_SERVER_ERROR, with the subgraph's URL). With the subgraphs' parsers on its own
 * schema, the gateway refuses malformed values itself: variables with BAD_USER_INPUT naming them
 * (HTTP 400), literals as validation errors. Subgraphs still receive the caller's values as sent.
 */
export function installScalarParsers(schema: GraphQLSchema): void {
  for (const scalar of PLATFORM_SCALARS) {
    const type = schema.getType(scalar.name);
    if (!isScalarType(type)) continue; // not (yet) used by any subgraph
    type.parseValue = scalar.parseValue;
    type.parseLiteral = scalar.parseLiteral;
  }
}
