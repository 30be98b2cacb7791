import { checkBirthDate, checkPasswordStrength, maskName, maskPhone, normaliseEmail, normalisePhone } from './contact';

describe('contact data', () => {
  test.each([
    ['+49 170 123-4567', '+491701234567'],
    ['0049 (170) 1234567', '+491701234567'],
    ['+12025550123', '+12025550123'],
  ])('phone %s becomes %s', (raw, normalised) => {
    expect(normalisePhone(raw)).toBe(normalised);
  });

  test.each(['1701234567', '+0123456789', '+49abc1234567', '+1234567', '+1234567890123456'])('phone %s is refused', (raw) => {
    expect(() => normalisePhone(raw)).toThrow(expect.objectContaining({ code: 'INVALID_PHONE', field: 'phone' }));
  });

  test('emails are trimmed and lower-cased; malformed ones refused', () => {
    expect(normaliseEmail('  Anna.Schmidt@Example.DE ')).toBe('anna.schmidt@example.de');
    for (const bad of ['anna', 'anna@', '@example.de', 'anna@example', 'an na@example.de']) {
      expect(() => normaliseEmail(bad)).toThrow(expect.objectContaining({ code: 'INVALID_EMAIL' }));
    }
  });

  test('passwords need 8 characters with letters and digits', () => {
    expect(() => checkPasswordStrength('abcdefg1')).not.toThrow();
    for (const weak of ['abcdefg', 'abcdefgh', '12345678'])
      expect(() => checkPasswordStrength(weak)).toThrow(expect.objectContaining({ code: 'WEAK_PASSWORD' }));
  });

  test('birth dates must be in the past and plausible', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    expect(() => checkBirthDate(new Date('1990-01-01'), now)).not.toThrow();
    expect(() => checkBirthDate(new Date('2026-11-24'), now)).toThrow(expect.objectContaining({ code: 'INVALID_BIRTH_DATE' }));
    expect(() => checkBirthDate(new Date('1890-01-01'), now)).toThrow(expect.objectContaining({ code: 'INVALID_BIRTH_DATE' }));
  });
});

describe('masking', () => {
  test('a masked phone keeps the first two and last two digits, one dot per hidden digit', () => {
    expect(maskPhone('+491701234567')).toBe('+49••••••••67');
    expect(maskPhone('+12025550143')).toBe('+12•••••••43');
    expect(maskPhone('+123')).toBe('•••');
  });

  test('a masked family name is its initial', () => {
    expect(maskName('Zacharias')).toBe('Z.');
    expect(maskName(' Øster')).toBe('Ø.');
  });
});
