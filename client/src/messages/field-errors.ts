import { msg, t } from '@lingui/core/macro';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { Problem } from '@komet-contacts/server/contract';
import { i18n, type MessageDescriptor } from '../i18n/runtime';

// The contract's field messages (server/src/contract) are English: the server, the simulator and
// the users CLI share them, and the server's 400 names fields with them. They are worded in the
// chosen language here, where they reach a form: from its resolver, or in a problem's fieldErrors.
// Loaded with the form's checks or with the first error, never with the first screen.
/* eslint-disable lingui/no-unlocalized-strings -- the keys are the contract's words, matched, never shown */
const CONTRACT = new Map<string, MessageDescriptor>([
  ['Required', msg`Required`],
  ['Must be text', msg`Must be text`],
  ['Must be true or false', msg`Must be true or false`],
  ['Choose a customer', msg`Choose a customer`],
  [
    'Enter a valid e-mail address, like name@example.com',
    msg`Enter a valid e-mail address, like name@example.com`,
  ],
  ['Enter a username', msg`Enter a username`],
  ['Enter your username', msg`Enter your username`],
  ['Letters, digits and . _ @ - only', msg`Letters, digits and . _ @ - only`],
  ['Enter a name', msg`Enter a name`],
  ['Choose sales, support or admin', msg`Choose sales, support or admin`],
  ['Enter a password', msg`Enter a password`],
]);
/* eslint-enable lingui/no-unlocalized-strings */

/** A field message in the chosen language; one this list does not know is shown as it came. */
export function fieldError(message: string): string {
  const max = /^At most (\d+) characters$/.exec(message)?.[1];
  if (max) return t`At most ${max} characters`;
  const min = /^At least (\d+) characters$/.exec(message)?.[1];
  if (min) return t`At least ${min} characters`;
  const known = CONTRACT.get(message);
  return known ? i18n._(known) : message;
}

/** The same resolver, its field messages worded by fieldError. */
export function worded<In extends FieldValues, Out>(
  resolver: Resolver<In, unknown, Out>,
): Resolver<In, unknown, Out> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const errors: FieldErrors = result.errors;
    for (const error of Object.values(errors)) {
      if (typeof error?.message === 'string') error.message = fieldError(error.message);
    }
    return result;
  };
}

/** The problem with its fieldErrors worded by fieldError. */
export const withWordedFields = (problem: Problem): Problem =>
  problem.fieldErrors
    ? {
        ...problem,
        fieldErrors: Object.fromEntries(
          Object.entries(problem.fieldErrors).map(([name, messages]) => [
            name,
            messages.map(fieldError),
          ]),
        ),
      }
    : problem;
