/**
 * How a text travels as SMS (3GPP TS 23.038 and 23.040): in the GSM 7-bit default alphabet when
 * every character is in it (the extension table's characters take two septets), otherwise in UCS-2.
 * One message holds 160 septets or 70 UCS-2 units; a longer text is split into parts that each
 * carry a 6-byte concatenation header (user data header), leaving 153 septets or 67 units a part.
 * A part never splits an escape pair or a surrogate pair.
 */
export type SmsEncoding = 'GSM7' | 'UCS2';

// The default alphabet, by code (0x00–0x7F); 0x1B is the escape to the extension table.
const GSM7_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION: Record<string, number> = {
  '\f': 0x0a,
  '^': 0x14,
  '{': 0x28,
  '}': 0x29,
  '\\': 0x2f,
  '[': 0x3c,
  '~': 0x3d,
  ']': 0x3e,
  '|': 0x40,
  '€': 0x65,
};
const ESCAPE = 0x1b;

const basicCode = new Map([...GSM7_BASIC].map((char, code) => [char, code]));

/** Septets a character takes in the default alphabet; null when it has none there. */
function septetsOf(char: string): number | null {
  if (char !== '\u001b' && basicCode.has(char)) return 1;
  return char in GSM7_EXTENSION ? 2 : null;
}

export function smsEncodingOf(text: string): SmsEncoding {
  for (const char of text) if (septetsOf(char) === null) return 'UCS2';
  return 'GSM7';
}

const LIMITS = { GSM7: { single: 160, part: 153 }, UCS2: { single: 70, part: 67 } } as const;

/** Units a character takes: septets in GSM-7, UTF-16 code units in UCS-2 (2 for a character beyond the BMP). */
const unitsOf = (char: string, encoding: SmsEncoding) => (encoding === 'GSM7' ? (septetsOf(char) as number) : char.length);

/** The text cut into the parts it is sent as (one part when it fits one message). */
export function smsParts(text: string): { encoding: SmsEncoding; parts: string[] } {
  const encoding = smsEncodingOf(text);
  const chars = [...text];
  const total = chars.reduce((sum, char) => sum + unitsOf(char, encoding), 0);
  if (total <= LIMITS[encoding].single) return { encoding, parts: [text] };
  const parts: string[] = [];
  let part = '';
  let units = 0;
  for (const char of chars) {
    const size = unitsOf(char, encoding);
    if (units + size > LIMITS[encoding].part) {
      parts.push(part);
      part = '';
      units = 0;
    }
    part += char;
    units += size;
  }
  parts.push(part);
  return { encoding, parts };
}

/** A part's bytes: GSM-7 unpacked, a septet a byte (what SMPP's data_coding 0 carries), or UCS-2 big-endian. */
export function encodeSmsText(text: string, encoding: SmsEncoding): Buffer {
  if (encoding === 'UCS2') return Buffer.from(text, 'utf16le').swap16();
  const bytes: number[] = [];
  for (const char of text) {
    const basic = char === '\u001b' ? undefined : basicCode.get(char);
    if (basic !== undefined) bytes.push(basic);
    else bytes.push(ESCAPE, GSM7_EXTENSION[char] as number);
  }
  return Buffer.from(bytes);
}

/** The text a part's bytes carry (the inverse of encodeSmsText). */
export function decodeSmsText(bytes: Buffer, encoding: SmsEncoding): string {
  if (encoding === 'UCS2') return Buffer.from(bytes).swap16().toString('utf16le');
  const extension = new Map(Object.entries(GSM7_EXTENSION).map(([char, code]) => [code, char]));
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte === ESCAPE) text += extension.get(bytes[++i] as number) ?? '';
    else text += GSM7_BASIC[byte] ?? '';
  }
  return text;
}

/** The user data header of part `sequence` (from 1) of `total`, all sharing `reference` (0–255): 8-bit concatenation. */
export function concatenationHeader(reference: number, total: number, sequence: number): Buffer {
  return Buffer.from([0x05, 0x00, 0x03, reference & 0xff, total, sequence]);
}
