import type { ErrorRequestHandler, Response } from 'express';
import type { FieldErrors, Problem } from './contract';
import { KometRejectedError, KometTimeoutError, KometUnavailableError } from './komet/komet';
import type { Logger } from './logger';

/** Our own validation refused the input: nothing was sent to Komet. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(readonly fieldErrors: FieldErrors) {
    super('Some fields need attention');
  }
}

/**
 * An error a route or middleware meets on purpose (401, 403, 404, 409, 429): thrown, and written
 * as problem+json by the error handler, never inline.
 */
export class ProblemError extends Error {
  override name = 'ProblemError';
  constructor(
    readonly problem: Omit<Problem, 'type'> & { code: string },
    /** Extra members of the body (the signed-out problem's demo users, say). */
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail);
  }
}

export function sendProblem(
  res: Response,
  problem: Omit<Problem, 'type'> & { type?: string },
): void {
  res
    .status(problem.status)
    .type('application/problem+json')
    .json({ type: 'about:blank', ...problem });
}

// Each problem carries a stable `code` the client words for a sales person (client/src/messages);
// title and detail are for developers and the log, so they may name statuses and Komet methods.
export function problemFor(error: unknown): Omit<Problem, 'type'> & Record<string, unknown> {
  if (error instanceof ProblemError) return { ...error.problem, ...error.extra };
  if (error instanceof ValidationError) {
    return {
      status: 400,
      code: 'invalid-input',
      title: 'Some fields need attention',
      detail: 'Nothing was sent to Komet.',
      fieldErrors: error.fieldErrors,
    };
  }
  if (error instanceof KometRejectedError) {
    // Under the field it names, "Field 'email': " only repeats the field's own label.
    const message = error.kometMessage.replace(/^field '\w+':\s*/i, '');
    return {
      status: 422,
      code: 'komet-refused',
      title: 'Komet refused the request',
      detail: error.kometMessage,
      ...(error.field ? { fieldErrors: { [error.field]: [message] } } : {}),
    };
  }
  if (error instanceof KometTimeoutError) {
    const seconds = Math.round(error.timeoutMs / 1000);
    const detail = error.write
      ? `Komet did not answer within ${seconds} s. The contact may or may not have been saved: check the customer's contacts in Komet before saving again.`
      : `Komet did not answer within ${seconds} s. Try again in a moment.`;
    const code = error.write ? 'komet-unsure' : 'komet-down';
    return { status: 504, code, title: 'Komet did not answer in time', detail };
  }
  if (error instanceof KometUnavailableError) {
    const detail = error.mayHaveWritten
      ? `${error.message}. The contact may or may not have been saved: check the customer's contacts in Komet before saving again.`
      : `${error.message}. Nothing was changed; try again in a moment.`;
    const code = error.mayHaveWritten ? 'komet-unsure' : 'komet-down';
    return { status: 502, code, title: 'Komet is unavailable', detail };
  }
  const status = (error as { status?: unknown }).status;
  const type = (error as { type?: unknown }).type;
  if (status === 413 || type === 'entity.too.large') {
    return {
      status: 413,
      code: 'too-large',
      title: 'Request too large',
      detail: 'Requests are limited to 64 KB, as Komet accepts no more.',
    };
  }
  if (type === 'entity.parse.failed') {
    return {
      status: 400,
      code: 'bad-request',
      title: 'Malformed JSON',
      detail: 'The request body is not valid JSON.',
    };
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return {
      status,
      code: 'bad-request',
      title: 'Bad request',
      detail: 'The request could not be read.',
    };
  }
  return {
    status: 500,
    code: 'server-error',
    title: 'Something went wrong',
    detail: 'An unexpected error occurred; it has been logged.',
  };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const problem = problemFor(error);
    const fields = { method: req.method, path: req.path, status: problem.status };
    if (problem.status >= 500) {
      logger.error('request.failed', {
        ...fields,
        error: error instanceof Error ? error.message : String(error),
      });
    }
    if (error instanceof ProblemError) res.set(error.headers);
    sendProblem(res, problem);
  };
}
