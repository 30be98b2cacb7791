import type { ObjectRef, SchemaTypes } from '@pothos/core';
import type { Outcome, PayloadError } from '../errors/business-error';

/** How a payload says its result is missing: the same words on every payload. */
export const REFUSED_IS_NULL = 'Null when errors is not empty.';

/**
 * The types every mutation payload uses, defined on a subgraph's builder: the `ErrorCode` enum
 * (each subgraph lists its own codes, each with what it means; federation merges them), the
 * shareable `MutationError`, the `errors` field and a payload type for mutations that yield one object.
 */
export function definePayloadTypes<Types extends SchemaTypes>(builder: PothosSchemaTypes.SchemaBuilder<Types>, codes: Readonly<Record<string, string>>) {
  const ErrorCode = builder.enumType('ErrorCode', {
    description: 'Why a mutation was refused. Clients branch on these; messages are for people. Each mutation’s description ends with the codes it can return.',
    values: Object.fromEntries(Object.entries(codes).map(([code, description]) => [code, { description }])),
  });

  const MutationError = builder.objectRef<PayloadError>('MutationError').implement({
    description: 'An expected business failure: nothing was changed.',
    shareable: true,
    // Pothos checks resolver results against conditional types it cannot evaluate for an open
    // builder type; the values are plain strings, so the casts assert nothing beyond that.
    fields: (t) => ({
      code: t.field({ type: ErrorCode, description: 'What went wrong, for the client to branch on.', resolve: (error) => error.code as never }),
      message: t.field({
        type: 'String',
        description: 'What went wrong, in English, for people (logs, an operator’s screen); not stable, do not parse it.',
        resolve: (error) => error.message as never,
      }),
      field: t.field({
        type: 'String',
        nullable: true,
        description: 'The input field at fault, as a path in the input (`lines.0.price`); null when no one field is.',
        resolve: (error) => error.field as never,
      }),
    }),
  });

  /** The `errors` field every payload carries; empty on success. */
  function errorsField<T>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Outcome<T>>) {
    return t.field({
      type: [MutationError],
      description: 'Why the mutation was refused; empty on success. When not empty, nothing was changed.',
      resolve: (outcome) => outcome.errors as never,
    });
  }

  /**
   * The payload of a mutation that yields one object: `{ <resultField>: T, errors: [MutationError!]! }`.
   * The result is null exactly when errors is not empty; `result` describes it when it is there.
   */
  function payloadType<T>(name: string, resultField: string, resultType: ObjectRef<Types, T>, texts: { description: string; result: string }) {
    return builder.objectRef<Outcome<T>>(name).implement({
      description: texts.description,
      fields: (t) => ({
        // Pothos cannot resolve its result-type conditionals for an open generic T; the ref fixes T.
        [resultField]: t.field({
          type: resultType,
          nullable: true,
          description: `${texts.result} ${REFUSED_IS_NULL}`,
          resolve: (outcome) => outcome.result as never,
        }),
        errors: errorsField(t),
      }),
    });
  }

  /** The payload of a mutation that only says it was done: `{ <resultField>: Boolean, errors }`, true when done. */
  function donePayloadType(name: string, resultField: string, texts: { description: string; result: string }) {
    return builder.objectRef<Outcome<boolean>>(name).implement({
      description: texts.description,
      fields: (t) => ({
        [resultField]: t.field({
          type: 'Boolean',
          nullable: true,
          description: `${texts.result} ${REFUSED_IS_NULL}`,
          resolve: (outcome) => outcome.result as never,
        }),
        errors: errorsField(t),
      }),
    });
  }

  return { ErrorCode, MutationError, errorsField, payloadType, donePayloadType };
}
