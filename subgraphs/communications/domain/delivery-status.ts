/**
 * What a provider's report of a mailing's message that did not arrive makes of it: a destination the network
 * could not reach (SMPP's UNDELIV, an HTTP provider's UNDELIVERED) is UNDELIVERABLE; anything else
 * (expired, rejected, deleted) FAILED. The provider's own word is kept with it either way.
 */
export function notDeliveredStatus(providerStatus: string): 'UNDELIVERABLE' | 'FAILED' {
  return /^UNDELIV/i.test(providerStatus.trim()) ? 'UNDELIVERABLE' : 'FAILED';
}
