import { t } from '@lingui/core/macro';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../lib/api';

/** A user-facing sentence for any error, server problem or not (see messages/problems.ts). */
export const describeError = (error: unknown): string =>
  error instanceof ApiError ? error.message : t`Something went wrong. Please try again.`;

// Off the first screen (BENCHMARKS.md): the add form loads it with the first failed save.

/**
 * Puts server errors on the fields they name and anything else above the submit button, as
 * `root.server`. The first named field gets focus.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
): void {
  const fieldErrors = error instanceof ApiError ? (error.problem.fieldErrors ?? {}) : {};
  const entries = Object.entries(fieldErrors);
  const known = entries.filter(([name]) => fieldNames.includes(name));
  known.forEach(([name, messages], index) => {
    const message = messages.join(' ');
    setError(name as Path<T>, { type: 'server', message }, { shouldFocus: index === 0 });
  });
  if (known.length === 0 || known.length < entries.length) {
    setError('root.server', { message: describeError(error) });
  }
}
