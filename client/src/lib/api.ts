import type * as z from 'zod/mini';
import { problemSchema, type Problem } from '@komet-contacts/server/contract';

/** A failed call to our server, with the server's problem details (RFC 9457). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail || problem.title);
  }
}

const unreachable: Problem = {
  type: 'about:blank',
  title: 'Cannot reach the server',
  status: 0,
  detail:
    'The app could not reach its server. Check your connection; if you were saving, the contact may or may not have been saved.',
};

/**
 * The one wrapper over `fetch` for same-origin `/api`. Returns the parsed body or throws
 * `ApiError`; it neither retries nor shows anything.
 */
export async function api<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  init: { method?: 'GET' | 'POST' | 'PUT'; body?: unknown; signal?: AbortSignal } = {},
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: init.method ?? 'GET',
      headers:
        init.body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(0, unreachable);
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = problemSchema.safeParse(json);
    throw new ApiError(
      response.status,
      problem.success
        ? problem.data
        : {
            type: 'about:blank',
            title: 'Unexpected server error',
            status: response.status,
            detail: `The server answered HTTP ${response.status}.`,
          },
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(response.status, {
      type: 'about:blank',
      title: 'Unexpected answer',
      status: response.status,
      detail: 'The server answered in an unexpected shape.',
    });
  }
  return parsed.data;
}
