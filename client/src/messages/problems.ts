import { msg, t } from '@lingui/core/macro';
import type { Problem } from '@komet-contacts/server/contract';
import { i18n, type MessageDescriptor } from '../i18n/runtime';

// The words for the server's problem codes (server/src/errors.ts): what happened, whether
// anything was saved, what to do now. Status codes, Komet method names and the server's own title
// and detail stay in the body and the log. It loads with the first error, off the add screen's
// first bytes (so outside lib/, which the build puts in the first chunk). Descriptors, or
// functions calling `t`, so each sentence is worded in the language chosen when it is read.
type Words = MessageDescriptor | ((problem: Problem) => string);

const KOMET_DOWN = msg`Komet isn’t answering right now, so nothing was changed. Try again in a few minutes.`;
const KOMET_UNSURE = msg`Komet didn’t answer in time, so this may or may not have been saved. Check the customer’s contacts before you save again.`;
const NOT_FOUND = msg`This was not found; it may have been removed. Go back to the list and try again.`;
const CHANGED = msg`Someone changed this in the meantime, so nothing was saved. Reload the page and try again.`;
const BROKEN = msg`Something went wrong on our side. Reload the page and try again; if it keeps happening, tell support.`;

const WORDS: Record<string, Words> = {
  'invalid-input': (problem) =>
    problem.fieldErrors?.customerId
      ? t`This address names no customer. Find the customer in the list instead.`
      : t`Some entries need correcting, so nothing was saved. Check the marked fields.`,
  // Komet's own words are all there is to say which value it objects to: quoted as Komet wrote
  // them, only the sentence around them is translated.
  'komet-refused': ({ detail }) => {
    const said = detail.replace(/field '\w+':\s*/gi, '');
    return t`Komet didn’t accept this, so nothing was saved. It said: “${said}”`;
  },
  'komet-down': KOMET_DOWN,
  'komet-unsure': KOMET_UNSURE,
  'budget-spent': msg`Today’s Komet allowance is used up, so nothing was sent. Try again tomorrow.`,
  'unknown-customer': msg`This customer isn’t in Komet’s customer list. Find the customer and try again.`,
  'unknown-contact': msg`This contact is no longer in Komet. Open the customer to see the contacts as they are now.`,
  'unknown-submission': NOT_FOUND,
  'changed-in-komet': CHANGED,
  'in-progress': msg`This contact is being saved right now. Wait a moment; it will not be sent twice.`,
  'being-sent': msg`This contact is being sent to Komet right now. Wait a moment and reload the page.`,
  'rate-limited': msg`Too many requests in a short time, so nothing was changed. Wait a minute and try again.`,
  'signed-out': msg`You are signed out. Sign in again, then try again.`,
  forbidden: msg`Your role does not allow this, so nothing was changed. Ask an admin if you need it.`,
  'cross-site': msg`Changes are accepted only from this app’s own pages, so nothing was changed.`,
  'too-large': msg`This is more text than Komet accepts at once, so nothing was saved. Shorten it and try again.`,
  // What our own client should never send: a stale page is the likely cause.
  'bad-request': msg`The app sent something the server could not read, so nothing was saved. Reload the page and try again.`,
  'idempotency-key-reused': msg`This save clashed with an earlier one, so nothing was sent. Reload the page and try again.`,
  // Answers without a code (a proxy's error page, say), by status.
  404: NOT_FOUND,
  409: CHANGED,
  429: msg`Too many requests in a short time. Wait a minute and try again.`,
  502: KOMET_DOWN,
  503: KOMET_DOWN,
  504: KOMET_UNSURE,
};

/** The sentence a person reads for a problem from our server. */
export function wordsFor(problem: Problem): string {
  const words = WORDS[problem.code ?? ''] ?? WORDS[problem.status] ?? BROKEN;
  return typeof words === 'function' ? words(problem) : i18n._(words);
}

// A problem's field messages are worded with the contract's other messages.
export { withWordedFields } from './field-errors';
