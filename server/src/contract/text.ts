import * as z from 'zod/mini';
import { kometLength } from './limits';

export const tooLongMessage = (max: number) => `At most ${max} characters`;

/** A trimmed string of at most `max` UTF-16 code units; blank stays "" for the caller to decide. */
export const trimmedText = (max: number) =>
  z.string({ error: 'Must be text' }).check(
    z.trim(),
    z.refine((value: string) => kometLength(value) <= max, tooLongMessage(max)),
  );

/** Required text: blank after trimming is refused as missing. */
export const requiredText = (max: number) =>
  z.string({ error: (issue) => (issue.input === undefined ? 'Required' : 'Must be text') }).check(
    z.trim(),
    z.minLength(1, 'Required'),
    z.refine((value: string) => kometLength(value) <= max, tooLongMessage(max)),
  );

/** Optional text: blank input becomes `undefined`, so it is left out of the Komet request. */
export const optionalText = (max: number) =>
  z.optional(
    z.pipe(
      trimmedText(max),
      z.transform((value: string) => (value === '' ? undefined : value)),
    ),
  );
