import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type DefinitionNode, Kind, parse } from 'graphql';

/**
 * Reads the conventions every printed subgraph SDL keeps (house-style.md): everything described,
 * every mutation naming the error codes it can return, and no error code nobody raises.
 */

/** Federation and link machinery (`_Service`, `link__Purpose`, `federation__FieldSet`…) is not ours to describe. */
const isMachinery = (name: string) => name.startsWith('_') || name.includes('__');

const described = (node: { description?: { value: string } | undefined }) => Boolean(node.description?.value.trim());

/** What one definition lacks: the type itself, its fields, their arguments, input fields and enum values. */
function undescribedIn(definition: DefinitionNode): string[] {
  if (!('name' in definition) || !definition.name || isMachinery(definition.name.value)) return [];
  const type = definition.name.value;
  const missing: string[] = 'description' in definition && !described(definition) ? [type] : [];
  if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
    for (const value of definition.values ?? []) if (!described(value)) missing.push(`${type}.${value.name.value}`);
  }
  if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) {
    for (const field of definition.fields ?? []) {
      const at = `${type}.${field.name.value}`;
      if (!described(field)) missing.push(at);
      for (const arg of field.arguments ?? []) if (!described(arg)) missing.push(`${at}(${arg.name.value}:)`);
    }
  }
  if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
    for (const field of definition.fields ?? []) if (!described(field)) missing.push(`${type}.${field.name.value}`);
  }
  return missing;
}

/** Schema coordinates (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`) that carry no description. */
export function undescribedElements(sdl: string): string[] {
  return parse(sdl).definitions.flatMap(undescribedIn);
}

/** Each mutation with its description ('' when it has none). */
export function mutationDescriptions(sdl: string): Map<string, string> {
  const mutation = parse(sdl).definitions.find((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Mutation');
  const fields = mutation?.kind === Kind.OBJECT_TYPE_DEFINITION ? (mutation.fields ?? []) : [];
  return new Map(fields.map((field) => [field.name.value, field.description?.value ?? '']));
}

const ERRORS_LIST = /(?:^|\s)Errors: ([A-Z][A-Z0-9_]*(?:, [A-Z][A-Z0-9_]*)*)\.$/;

/** The codes of the `Errors: CODE_A, CODE_B.` list a mutation description ends with; null without one. */
export function errorList(description: string): string[] | null {
  const match = ERRORS_LIST.exec(description.trim());
  return match?.[1] ? match[1].split(', ') : null;
}

/** The values of the subgraph's ErrorCode enum. */
export function errorCodeValues(sdl: string): string[] {
  const errorCode = parse(sdl).definitions.find((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'ErrorCode');
  return errorCode?.kind === Kind.ENUM_TYPE_DEFINITION ? (errorCode.values ?? []).map((v) => v.name.value) : [];
}

/** A subgraph's own TypeScript: no generated files, no tests. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const at = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(at);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [at] : [];
  });
}

/** The list that defines the codes (`…_ERROR_CODES = [ … ] as const`), cut out so it does not count as a use. */
export function withoutCodeList(text: string): string {
  return text.replace(/_ERROR_CODES\s*=\s*\[[^\]]*\]/g, '');
}

/** The subgraph's source with the error code list itself left out. */
export function subgraphSource(subgraphDir: string): string {
  return sourceFiles(subgraphDir)
    .map((file) => withoutCodeList(readFileSync(file, 'utf8')))
    .join('\n');
}

/** Codes that appear nowhere in the source as a string literal (so no code path can raise them). */
export function unreferencedCodes(codes: string[], source: string): string[] {
  return codes.filter((code) => !new RegExp(`['"\`]${code}['"\`]`).test(source));
}
