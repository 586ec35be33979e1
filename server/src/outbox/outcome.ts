import { ProblemError } from '../errors';
import { KometTimeoutError, KometUnavailableError } from '../komet/komet';

/**
 * Failures after which an add is kept in the outbox rather than lost: Komet down, slow, broken,
 * or our own daily budget spent. `mayHaveWritten` says whether Komet may have saved it anyway,
 * so it must be looked for before it is sent again.
 */
export function keepable(error: unknown): { mayHaveWritten: boolean; message: string } | undefined {
  if (error instanceof KometTimeoutError) return { mayHaveWritten: true, message: error.message };
  if (error instanceof KometUnavailableError) {
    return { mayHaveWritten: error.mayHaveWritten, message: error.message };
  }
  if (error instanceof ProblemError && error.problem.code === 'budget-spent') {
    return { mayHaveWritten: false, message: error.problem.detail };
  }
  return undefined;
}

/** Exponential back-off from OUTBOX_RETRY_SECONDS, at most an hour. */
export function nextAttemptAt(now: number, attempts: number, retrySeconds: number): string {
  const delay = Math.min(retrySeconds * 2 ** Math.max(0, attempts - 1), 3600);
  return new Date(now + delay * 1000).toISOString();
}
