/** One submission of the add or edit form: the body as sent, and its key, so it counts once. */
export interface SubmissionKey {
  key: string;
  body: string;
}

/**
 * The key for sending `body`: the same as last time while the body is unchanged (a retry
 * after a lost answer must not add it twice), a new one once it changed. `crypto.randomUUID`
 * exists only on HTTPS pages; random bytes work on plain http too.
 */
export function keyFor(previous: SubmissionKey | undefined, body: string): SubmissionKey {
  if (previous?.body === body) return previous;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return { key: Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''), body };
}
