import { concatenationHeader, decodeSmsText, encodeSmsText, smsEncodingOf, smsParts } from './sms-encoding';

describe('GSM-7', () => {
  test('160 characters are one message, 161 are two parts of 153 and 8', () => {
    expect(smsParts('a'.repeat(160))).toEqual({ encoding: 'GSM7', parts: ['a'.repeat(160)] });
    expect(smsParts('a'.repeat(161)).parts.map((part) => part.length)).toEqual([153, 8]);
  });

  test('the extension table’s characters take two septets, and a part never splits one', () => {
    expect(smsEncodingOf('Price: 5 € [net] {x} ~|^\\')).toBe('GSM7');
    expect(smsParts('€'.repeat(80)).parts).toHaveLength(1);
    // 153 septets a part: 76 euro signs (152 septets) fit, the 77th goes to the next part.
    expect(smsParts('€'.repeat(81)).parts.map((part) => part.length)).toEqual([76, 5]);
  });

  test('bytes are a septet each, the escape before an extension character, and decode back', () => {
    expect([...encodeSmsText('@A€', 'GSM7')]).toEqual([0x00, 0x41, 0x1b, 0x65]);
    const text = 'Hi Anna! 5 € off [today] @ Café {1} ~ÄÖÜäöüß';
    expect(decodeSmsText(encodeSmsText(text, 'GSM7'), 'GSM7')).toBe(text);
  });
});

describe('UCS-2', () => {
  test('a character outside the default alphabet makes the whole text UCS-2: 70 a message, 67 a part', () => {
    expect(smsEncodingOf('Привет')).toBe('UCS2');
    expect(smsEncodingOf('price: 5 ₽')).toBe('UCS2');
    expect(smsParts('я'.repeat(70)).parts).toHaveLength(1);
    expect(smsParts('я'.repeat(71)).parts.map((part) => part.length)).toEqual([67, 4]);
  });

  test('a character beyond the BMP takes two units and is never split between parts', () => {
    // 66 + 3 × 2 = 72 units: two parts; the first emoji would end at unit 68, past the part's 67.
    const text = `${'я'.repeat(66)}😀😀😀`;
    const { parts } = smsParts(text);
    expect(parts).toEqual([`${'я'.repeat(66)}`, '😀😀😀']);
    expect(decodeSmsText(encodeSmsText(text, 'UCS2'), 'UCS2')).toBe(text);
  });

  test('bytes are big-endian UTF-16', () => {
    expect([...encodeSmsText('Я', 'UCS2')]).toEqual([0x04, 0x2f]);
  });
});

test('the concatenation header names the reference, the number of parts and the part', () => {
  expect([...concatenationHeader(300, 3, 2)]).toEqual([0x05, 0x00, 0x03, 300 & 0xff, 3, 2]);
});
