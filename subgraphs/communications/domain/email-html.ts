/**
 * What a mailing's email HTML may not hold: anything that runs (scripts, frames, embedded objects,
 * forms, event handlers, `javascript:`/`vbscript:`/`data:` addresses in any attribute or style), and links or images whose address is not fixed by the marketer as a web or mail
 * address: a link that starts with a `{{variable}}` would take whatever a member wrote in their
 * profile (a name of "javascript:…"), so variables may follow a fixed address, never begin one.
 * Answers the first problem in words, or null.
 */
export function emailHtmlProblem(html: string): string | null {
  // What a browser would read: entities decoded, whitespace and control characters (which it skips inside a scheme) gone.
  const decoded = decodeEntities(html);
  const squeezed = [...decoded]
    .filter((character) => character.charCodeAt(0) > 0x20)
    .join('')
    .toLowerCase();
  // In any attribute or style url(): text that merely mentions "data:" is fine.
  const scheme = /(?:=["'`]?|url\(["']?)(javascript|vbscript|data):/.exec(squeezed);
  if (scheme) return `no ${scheme[1]}: addresses`;
  const tag = /<\s*(script|iframe|frame|object|embed|form|base|meta|link)\b/i.exec(decoded);
  if (tag) return `no <${(tag[1] as string).toLowerCase()}> elements`;
  if (/<[^>]*\son[a-z]+\s*=/i.test(decoded)) return 'no event handler attributes (onclick, onload, …)';
  for (const match of decoded.matchAll(/\b(href|src|srcset|action|formaction|background|poster|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const attribute = (match[1] as string).toLowerCase();
    const value = (match[2] ?? match[3] ?? match[4] ?? '').trim();
    const addresses = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
    for (const address of addresses) {
      if (!/^(https?:\/\/[^\s{}]|mailto:[^\s{}]|tel:[^\s{}]|#)/i.test(address))
        return `${attribute} must be an http(s), mailto or tel address written out (a {{variable}} may follow it, not begin it): ${address.slice(0, 60)}`;
    }
  }
  return null;
}

const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity.toLowerCase()] ?? whole;
  });
}
