import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { IDEMPOTENCY_KEY_HEADER } from '../contract';
import type { IdempotencyKeysStore, RecordedAnswer } from '../db/idempotency-keys';
import { problemFor, ProblemError, ValidationError } from '../errors';
import { KometRejectedError } from '../komet/komet';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const DAY_MS = 24 * 3_600_000;

/** The request's Idempotency-Key, if it sent one; a malformed one is our validation's 400. */
export function idempotencyKeyOf(req: Request): string | undefined {
  const key = req.header(IDEMPOTENCY_KEY_HEADER);
  if (key === undefined) return undefined;
  if (!KEY_PATTERN.test(key)) {
    throw new ValidationError({
      [IDEMPOTENCY_KEY_HEADER]: ['1 to 255 visible ASCII characters, e.g. a UUID'],
    });
  }
  return key;
}

export const fingerprintOf = (request: unknown) =>
  createHash('sha256').update(JSON.stringify(request)).digest('hex');

export interface OnceOptions {
  keys: IdempotencyKeysStore;
  now: () => number;
  /** A claim older than this belongs to a request that died (its process, say). */
  staleAfterMs: number;
}

/**
 * Runs `work` once per (user, key): a repeat with the same body gets the recorded answer
 * (also after a restart), with another body 422, while the first still runs 409. A claim left
 * by a request that died is handed to `recover`, which must not resend blindly (issue 7).
 * `repeatable` work (an update: sending the same fields twice is harmless) lets go of its claim
 * when it fails with nothing to record, so the user's retry runs it again at once.
 */
export async function once(
  options: OnceOptions,
  scope: { username: string; key: string; fingerprint: string },
  work: () => Promise<RecordedAnswer>,
  recover: () => Promise<RecordedAnswer>,
  { repeatable = false } = {},
): Promise<RecordedAnswer> {
  const at = options.now();
  const claimedAt = new Date(at).toISOString();
  const claim = await options.keys.claim(scope, claimedAt, new Date(at + DAY_MS).toISOString());
  if (claim.kind === 'done') return claim.answer;
  if (claim.kind === 'mismatch') {
    throw new ProblemError({
      status: 422,
      code: 'idempotency-key-reused',
      title: 'Idempotency key already used',
      detail: 'This Idempotency-Key was used for a different contact. Nothing was sent to Komet.',
    });
  }
  let run = work;
  if (claim.kind === 'running') {
    if (at - Date.parse(claim.since) < options.staleAfterMs) {
      throw new ProblemError(
        {
          status: 409,
          code: 'in-progress',
          title: 'Still saving',
          detail: 'This contact is being saved right now. Wait a moment; nothing was sent twice.',
        },
        {},
        { 'Retry-After': '1' },
      );
    }
    await options.keys.retake(scope.username, scope.key, claimedAt);
    run = recover;
  }
  let answer: RecordedAnswer;
  try {
    answer = await run();
  } catch (error) {
    // Komet's refusal is an answer too: a repeat must get it again, not try once more.
    if (!(error instanceof KometRejectedError)) {
      // Komet down or slow, a dropped connection: no answer to replay, and maybe an unknown
      // outcome. An add keeps its claim until it goes stale, as resending could add it twice.
      if (repeatable) await options.keys.release(scope.username, scope.key, claimedAt);
      throw error;
    }
    const problem = { type: 'about:blank', ...problemFor(error) };
    await options.keys.finish(scope.username, scope.key, {
      status: 422,
      body: problem,
      location: null,
    });
    throw error;
  }
  await options.keys.finish(scope.username, scope.key, answer);
  return answer;
}
