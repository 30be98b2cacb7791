/**
 * The text of each `<tag>…</tag>` in a flat XML answer (SMS gateways answer a handful of simple
 * elements, no attributes or namespaces), entities decoded. Not an XML parser: it is not given anything else.
 */
export function xmlValues(xml: string, tag: string): string[] {
  const found: string[] = [];
  for (const match of xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))) {
    found.push(
      (match[1] as string).replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&').trim(),
    );
  }
  return found;
}

export const xmlValue = (xml: string, tag: string): string | null => xmlValues(xml, tag)[0] ?? null;
