/**
 * What a Viber business message may hold, and in which combinations: a text (up to 1000 characters),
 * an image (JPG or PNG, by URL) and a button (a caption of up to 30 characters and the link it
 * opens). Viber shows a text alone, a text with a button, all three, or an image with a button
 * (https://docs.devino.online/en/http/viber/, "Possible combinations").
 */
export interface ViberContent {
  text: string | null;
  imageUrl: string | null;
  button: { caption: string; url: string } | null;
}

export const VIBER_TEXT_LIMIT = 1000;
export const VIBER_CAPTION_LIMIT = 30;

/** An http(s) URL (an image's, a button's link). */
export const isWebAddress = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** Why Viber would not take the content, and which part is at fault; null when it would. */
export function viberContentProblem(content: ViberContent): { field: 'text' | 'imageUrl' | 'button'; problem: string } | null {
  const { text, imageUrl, button } = content;
  if (text !== null && text.length > VIBER_TEXT_LIMIT) return { field: 'text', problem: `a text of at most ${VIBER_TEXT_LIMIT} characters` };
  if (imageUrl !== null && !isWebAddress(imageUrl)) return { field: 'imageUrl', problem: 'the image must be an http(s) URL' };
  if (button !== null) {
    if (!button.caption || button.caption.length > VIBER_CAPTION_LIMIT)
      return { field: 'button', problem: `a button caption of 1 to ${VIBER_CAPTION_LIMIT} characters` };
    if (!isWebAddress(button.url)) return { field: 'button', problem: 'the button must open an http(s) URL' };
  }
  const allowed = text ? !imageUrl || button !== null : imageUrl !== null && button !== null;
  if (allowed) return null;
  return {
    field: text ? 'button' : 'text',
    problem: 'Viber shows a text, a text with a button, a text with an image and a button, or an image with a button',
  };
}
