/**
 * The sent records being written, by provider and the provider's message id. A provider may report
 * a message delivered before its sent record is committed (a fast SMSC answers the submission and
 * reports moments later, while delivery is still writing): such a report waits for that write,
 * instead of naming no sent message and being tried again half a second later (a second statement,
 * and the report held in memory meanwhile). A report of a message sent by another instance, or
 * before a restart, is not known here and takes the retries as before.
 */
export function createSentRecordsInFlight() {
  const writing = new Map<string, Promise<unknown>>();
  const keyOf = (providerId: string, providerMessageId: string) => `${providerId} ${providerMessageId}`;

  return {
    /** Notes the write of a message's sent record; forgotten once it is written (or failed). */
    note(providerId: string, providerMessageIds: string[], written: Promise<unknown>): void {
      const keys = providerMessageIds.map((id) => keyOf(providerId, id));
      for (const key of keys) writing.set(key, written);
      const forget = () => {
        for (const key of keys) if (writing.get(key) === written) writing.delete(key);
      };
      written.then(forget, forget);
    },

    /** Settles once the sent record naming this message is written, when one is being written here. */
    async written(providerId: string, providerMessageId: string): Promise<void> {
      // A report read from the same chunk as the submission's answer comes before delivery has
      // noted the write (it does so in the promise callbacks that answer runs): they go first.
      await new Promise((resolve) => setImmediate(resolve));
      await writing.get(keyOf(providerId, providerMessageId))?.catch(() => undefined);
    },
  };
}
