import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ExecutionResult, print } from 'graphql';

/** A seeded pseudo-random source (mulberry32): the same seed replays the same run's choices. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    between: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)),
    pick: <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

export type Random = ReturnType<typeof seededRandom>;

class Unanswered extends Error {}

/**
 * A POS adapter as the seeds describe it: every call carries an idempotency key, a call that times
 * out or fails in transport is sent again with the same key and input until it is answered, and
 * now and then the same call goes out twice at once. Client timeouts are random, some short enough
 * to give up on calls the platform still commits.
 */
export class ChaosClient {
  readonly stats = { attempts: 0, retries: 0, duplicates: 0 };
  /** Answers that differed between copies of one call: each is an invariant violation. */
  readonly disagreements: string[] = [];

  constructor(
    private readonly url: string,
    private readonly random: Random,
  ) {}

  private async attempt<R, V>(document: TypedDocumentNode<R, V>, variables: V, token: string | undefined, timeoutMs: number): Promise<R> {
    this.stats.attempts++;
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: print(document), variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await response.json()) as ExecutionResult<R>;
      if (body.errors?.length || !body.data) throw new Unanswered(JSON.stringify(body.errors).slice(0, 300));
      return body.data;
    } catch (error) {
      throw error instanceof Unanswered ? error : new Unanswered(String(error));
    }
  }

  private timeout(): number {
    return this.random.chance(0.15) ? this.random.between(20, 150) : this.random.between(2000, 5000);
  }

  /**
   * Sends until answered (same key, same input); `identify` names the result so copies can be
   * compared. `plainly`: no duplicate copies and no short timeouts (setting up, checking).
   */
  async call<R, V>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    token: string | undefined,
    identify: (answer: R) => string,
    plainly = false,
    maxTries = 200,
  ): Promise<R> {
    for (let tries = 0; tries < maxTries; tries++) {
      if (tries > 0) {
        this.stats.retries++;
        await new Promise((resolve) => setTimeout(resolve, this.random.between(50, 400)));
      }
      const copies = !plainly && this.random.chance(0.05) ? 2 : 1;
      if (copies === 2) this.stats.duplicates++;
      const timeout = plainly ? 30_000 : this.timeout();
      const outcomes = await Promise.allSettled(Array.from({ length: copies }, () => this.attempt(document, variables, token, timeout)));
      const answers = outcomes.filter((o): o is PromiseFulfilledResult<Awaited<R>> => o.status === 'fulfilled').map((o) => o.value);
      if (answers.length === 0) continue;
      const ids = new Set(answers.map(identify));
      if (ids.size > 1) this.disagreements.push(`two copies of one call answered differently: ${[...ids].join(' / ')}`);
      return answers[0] as R;
    }
    throw new Error(`no answer after ${maxTries} tries`);
  }
}
