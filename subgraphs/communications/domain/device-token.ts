export const PUSH_SERVICES = ['FCM', 'APNS', 'HMS'] as const;
export type PushServiceName = (typeof PUSH_SERVICES)[number];

/**
 * What a token of each push service looks like, loosely (services lengthen their tokens without
 * notice): FCM registration tokens are URL-safe text with a colon, APNs device tokens hex bytes,
 * Huawei tokens URL-safe text. Anything else is refused before it is ever sent.
 */
const SHAPES: Record<PushServiceName, RegExp> = {
  FCM: /^[A-Za-z0-9_:-]{32,4096}$/,
  APNS: /^(?:[0-9a-fA-F]{2}){32,100}$/,
  HMS: /^[A-Za-z0-9_.=+/-]{32,512}$/,
};

/** The token as it is stored (APNs hex in lower case), or null when it cannot be one of the service's. */
export function normaliseDeviceToken(service: PushServiceName, raw: string): string | null {
  const token = raw.trim();
  if (!SHAPES[service].test(token)) return null;
  return service === 'APNS' ? token.toLowerCase() : token;
}
