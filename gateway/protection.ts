import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, Lexer, Source, TokenKind, type ValidationRule } from 'graphql';

/**
 * What the gateway refuses before planning or executing an operation (OWASP GraphQL cheat sheet):
 * documents too deep, too aliased, too long or too costly, and more than one sign-in or code
 * request in one document (aliases would otherwise multiply guesses and SMS per request).
 * Refusals are validation errors: HTTP 400 with a message naming the limit.
 */
export const OPERATION_LIMITS = { maxDepth: 12, maxAliases: 15, maxTokens: 3000, maxCost: 8000, maxDirectives: 20 } as const;

/** Mutations that check a credential or send a code: one per document. */
const CREDENTIAL_FIELDS = new Set(['loginOperator', 'loginMember', 'loginTerminal', 'requestMemberCode', 'changeOperatorPassword']);

export const oneCredentialCallPerDocument: ValidationRule = (context) => ({
  Document(document) {
    let calls = 0;
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation') continue;
      for (const selection of definition.selectionSet.selections) {
        if (selection.kind === Kind.FIELD && CREDENTIAL_FIELDS.has(selection.name.value)) calls++;
      }
    }
    if (calls > 1)
      context.reportError(
        new GraphQLError('One sign-in or code request per request: send them separately', { extensions: { code: 'TOO_MANY_CREDENTIAL_CALLS' } }),
      );
  },
});

/** Documents already counted and found within the limit: a till sends the same few again and again. */
const withinTokenLimit = new Set<string>();
const REMEMBERED_DOCUMENTS = 1000;

/** Whether a document has more tokens than allowed, counted by the lexer alone, before any parsing. */
export function tooManyTokens(query: unknown): boolean {
  if (typeof query !== 'string' || withinTokenLimit.has(query)) return false;
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF; count++) if (count >= OPERATION_LIMITS.maxTokens) return true;
  } catch {
    return false; // a syntax error: the parser reports it with its position
  }
  if (withinTokenLimit.size >= REMEMBERED_DOCUMENTS) withinTokenLimit.clear();
  withinTokenLimit.add(query);
  return false;
}

/** Where in a value a NUL character is (the character, or its escape in a document's string literal): a dotted path, or null. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') || /\\u0000/i.test(value) ? path : null;
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = key.includes('\u0000') ? path : nulPath(inner, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * Why a request cannot run when its document or variables hold a NUL character: no text the API
 * keeps may contain one (PostgreSQL refuses it in text), so it is the caller's mistake, refused
 * before anything runs rather than failing deep in a subgraph. Null when there is none.
 */
export function nulProblem(body: unknown): string | null {
  const { query, variables } = (body ?? {}) as { query?: unknown; variables?: unknown };
  if (nulPath(query, '') !== null) return 'The document holds the NUL character (U+0000)';
  const at = nulPath(variables, '');
  if (at === null) return null;
  const [name, ...rest] = at.split('.');
  return `Variable "$${name}" holds the NUL character (U+0000)${rest.length > 0 ? ` at "${at}"` : ''}`;
}

/** The plugins and validation rules for the gateway's Apollo Server. */
export function operationProtection(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    // Counted before parsing instead (tooManyTokens): the plugin's refusal surfaces as HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true },
    // "Did you mean …?" would describe the schema to whoever guesses at it.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins: armor.plugins, validationRules: [...armor.validationRules, oneCredentialCallPerDocument] };
}
