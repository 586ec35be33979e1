import type * as z from 'zod/mini';
import { toFieldErrors } from '../contract';
import { ValidationError } from '../errors';

/** Parses request input with a contract schema, or throws a 400 naming each bad field. */
export function parseOr400<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  field?: string,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = toFieldErrors(result.error.issues);
  throw new ValidationError(field ? { [field]: Object.values(fieldErrors).flat() } : fieldErrors);
}
