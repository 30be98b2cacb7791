/**
 * A BCP 47 language tag in its canonical form (`de-at` → `de-AT`), of a language and at most a
 * script and a region; null when it is not one. Members' languages and templates' use it alike.
 */
export function canonicalLanguageTag(raw: string): string | null {
  const tag = raw.trim();
  if (!/^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?$/.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}
