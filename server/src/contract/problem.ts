import * as z from 'zod/mini';

/** Every error body is `application/problem+json` (RFC 9457), with per-field messages when known. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  /**
   * A stable name for the case, which the client words for its reader: `signed-out`,
   * `komet-down`, `unknown-customer`, … `title` and `detail` are for developers and the log.
   */
  code: z.optional(z.string()),
  fieldErrors: z.optional(z.record(z.string(), z.array(z.string()))),
});
export type Problem = z.infer<typeof problemSchema>;
export type FieldErrors = NonNullable<Problem['fieldErrors']>;

/** Groups zod issues by their top-level field, keeping each field's messages in order. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? 'body');
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}
