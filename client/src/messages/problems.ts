import type { Problem } from '@komet-contacts/server/contract';

// The English catalog for the server's problem codes (server/src/errors.ts): what happened,
// whether anything was saved, what to do now. Status codes, Komet method names and the server's
// own title and detail stay in the body and the log. It loads with the first error, off the add
// screen's first bytes (so outside lib/, which the build puts in the first chunk).
type Words = string | ((problem: Problem) => string);

const KOMET_DOWN =
  'Komet isn’t answering right now, so nothing was changed. Try again in a few minutes.';
const KOMET_UNSURE =
  'Komet didn’t answer in time, so this may or may not have been saved. Check the customer’s contacts before you save again.';
const NOT_FOUND =
  'This was not found; it may have been removed. Go back to the list and try again.';
const CHANGED =
  'Someone changed this in the meantime, so nothing was saved. Reload the page and try again.';
const BROKEN =
  'Something went wrong on our side. Reload the page and try again; if it keeps happening, tell support.';

const WORDS: Record<string, Words> = {
  'invalid-input': (problem) =>
    problem.fieldErrors?.customerId
      ? 'This address names no customer. Find the customer in the list instead.'
      : 'Some entries need correcting, so nothing was saved. Check the marked fields.',
  // Komet's own words are all there is to say which value it objects to.
  'komet-refused': ({ detail }) =>
    `Komet didn’t accept this, so nothing was saved. It said: “${detail.replace(/field '\w+':\s*/gi, '')}”`,
  'komet-down': KOMET_DOWN,
  'komet-unsure': KOMET_UNSURE,
  'budget-spent': 'Today’s Komet allowance is used up, so nothing was sent. Try again tomorrow.',
  'unknown-customer':
    'This customer isn’t in Komet’s customer list. Find the customer and try again.',
  'unknown-contact':
    'This contact is no longer in Komet. Open the customer to see the contacts as they are now.',
  'unknown-submission': NOT_FOUND,
  'changed-in-komet': CHANGED,
  'in-progress': 'This contact is being saved right now. Wait a moment; it will not be sent twice.',
  'being-sent': 'This contact is being sent to Komet right now. Wait a moment and reload the page.',
  'rate-limited':
    'Too many requests in a short time, so nothing was changed. Wait a minute and try again.',
  'signed-out': 'You are signed out. Sign in again, then try again.',
  forbidden: 'Your role does not allow this, so nothing was changed. Ask an admin if you need it.',
  'cross-site': 'Changes are accepted only from this app’s own pages, so nothing was changed.',
  'too-large':
    'This is more text than Komet accepts at once, so nothing was saved. Shorten it and try again.',
  // What our own client should never send: a stale page is the likely cause.
  'bad-request':
    'The app sent something the server could not read, so nothing was saved. Reload the page and try again.',
  'idempotency-key-reused':
    'This save clashed with an earlier one, so nothing was sent. Reload the page and try again.',
  // Answers without a code (a proxy's error page, say), by status.
  404: NOT_FOUND,
  409: CHANGED,
  429: 'Too many requests in a short time. Wait a minute and try again.',
  502: KOMET_DOWN,
  503: KOMET_DOWN,
  504: KOMET_UNSURE,
};

/** The sentence a person reads for a problem from our server. */
export function wordsFor(problem: Problem): string {
  const words = WORDS[problem.code ?? ''] ?? WORDS[problem.status] ?? BROKEN;
  return typeof words === 'string' ? words : words(problem);
}
