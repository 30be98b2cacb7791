import { VIBER_CAPTION_LIMIT, VIBER_TEXT_LIMIT, viberContentProblem } from './viber-content';

const button = { caption: 'Open the offer', url: 'https://shop.example/offer' };
const imageUrl = 'https://shop.example/banner.png';

test('the four combinations Viber shows are taken', () => {
  expect(viberContentProblem({ text: 'Hello', imageUrl: null, button: null })).toBeNull();
  expect(viberContentProblem({ text: 'Hello', imageUrl: null, button })).toBeNull();
  expect(viberContentProblem({ text: 'Hello', imageUrl, button })).toBeNull();
  expect(viberContentProblem({ text: null, imageUrl, button })).toBeNull();
});

test('the others are refused, naming the part to change', () => {
  expect(viberContentProblem({ text: 'Hello', imageUrl, button: null })?.field).toBe('button');
  expect(viberContentProblem({ text: null, imageUrl, button: null })?.field).toBe('text');
  expect(viberContentProblem({ text: null, imageUrl: null, button })?.field).toBe('text');
  expect(viberContentProblem({ text: null, imageUrl: null, button: null })?.field).toBe('text');
  expect(viberContentProblem({ text: '', imageUrl: null, button: null })?.field).toBe('text');
});

test('lengths at their limits, and links that are not web addresses', () => {
  expect(viberContentProblem({ text: 'x'.repeat(VIBER_TEXT_LIMIT), imageUrl: null, button: null })).toBeNull();
  expect(viberContentProblem({ text: 'x'.repeat(VIBER_TEXT_LIMIT + 1), imageUrl: null, button: null })?.field).toBe('text');
  expect(viberContentProblem({ text: 'Hi', imageUrl: null, button: { ...button, caption: 'c'.repeat(VIBER_CAPTION_LIMIT) } })).toBeNull();
  expect(viberContentProblem({ text: 'Hi', imageUrl: null, button: { ...button, caption: 'c'.repeat(VIBER_CAPTION_LIMIT + 1) } })?.field).toBe('button');
  expect(viberContentProblem({ text: 'Hi', imageUrl: null, button: { ...button, caption: '' } })?.field).toBe('button');
  expect(viberContentProblem({ text: 'Hi', imageUrl: null, button: { ...button, url: 'javascript:alert(1)' } })?.field).toBe('button');
  expect(viberContentProblem({ text: 'Hi', imageUrl: 'file:///etc/passwd', button })?.field).toBe('imageUrl');
});
