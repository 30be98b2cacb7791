/** The words that withdraw marketing by text (the industry's STOP set), in any case, alone in the text. */
export const STOP_WORDS = ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'СТОП'] as const;

export type InboundKind = 'STOP' | 'REGISTRATION' | 'SUPPORT';

/** The text's one word, upper-cased and without punctuation around it; null when it holds more than one. */
function soleWord(text: string): string | null {
  const words = text
    .trim()
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .split(/\s+/);
  return words.length === 1 && words[0] ? words[0].toLocaleUpperCase('en') : null;
}

/** What an incoming text asks for: STOP, the company's registration keyword, or anything else (support reads it). */
export function classifyInbound(text: string, registrationKeyword: string | null): InboundKind {
  const word = soleWord(text);
  if (word && (STOP_WORDS as readonly string[]).includes(word)) return 'STOP';
  if (word && registrationKeyword && word === registrationKeyword.toLocaleUpperCase('en')) return 'REGISTRATION';
  return 'SUPPORT';
}

/** A registration keyword: one word of 2 to 20 letters or digits that is not a STOP word. */
export function registrationKeywordProblem(keyword: string): string | null {
  if (!/^[\p{L}\d]{2,20}$/u.test(keyword)) return 'The keyword is one word of 2 to 20 letters or digits';
  if ((STOP_WORDS as readonly string[]).includes(keyword.toLocaleUpperCase('en'))) return 'A STOP word cannot register';
  return null;
}
