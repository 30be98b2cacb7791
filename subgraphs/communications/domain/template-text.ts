/**
 * Template text: `{{name}}` stands for a variable's value. In HTML, values are escaped, but for
 * variables whose name ends in `Html` (already HTML the platform made, such as a receipt's table).
 */
// Anything between double braces is a placeholder, so one that names no variable (`{{ first name }}`,
// `{{__proto__}}`) is refused when the template is set rather than sent as it stands.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The variables a template names, each once, in order. */
export function variablesIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string))];
}

/** The template with each variable's value put in (a variable without one: empty). */
export function fillTemplate(template: string, values: Record<string, string>, format: 'text' | 'html' = 'text'): string {
  return template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = Object.hasOwn(values, name) ? (values[name] ?? '') : '';
    return format === 'html' && !name.endsWith('Html') ? escapeHtml(value) : value;
  });
}
