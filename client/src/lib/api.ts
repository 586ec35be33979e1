import { t } from '@lingui/core/macro';
import type { Problem } from '@komet-contacts/server/contract';

/** A failed call to our server, with the server's problem details (RFC 9457). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly problem: Problem,
    /** The whole error body, for answers that carry more than a problem (a 409's current record). */
    readonly body?: unknown,
    /** What the user reads (describeError): worded from the problem's code, not its title. */
    message = problem.detail || problem.title,
  ) {
    super(message);
  }
}

const problemOf = (status: number, title: string): Problem => ({
  type: 'about:blank',
  title,
  status,
  detail: '',
});

/** Fired on `window` when any call finds the session gone (expired, signed out elsewhere). */
export const SIGNED_OUT_EVENT = 'komet-contacts:signed-out';

/** Error bodies are checked against the contract and worded; that code loads only when one arrives. */
async function errorFrom(status: number, json?: unknown): Promise<ApiError> {
  const [{ problemSchema }, { wordsFor, withWordedFields }] = await Promise.all([
    import('@komet-contacts/server/contract'),
    import('../messages/problems'),
  ]);
  // Not our problem body (a proxy's error page, say): worded by its status alone. The title is
  // for logs and developers, never shown.
  const parsed = problemSchema.safeParse(json).data;
  // eslint-disable-next-line lingui/no-unlocalized-strings
  const problem = parsed ? withWordedFields(parsed) : problemOf(status, 'Unexpected answer');
  // Noticed here, once for every call, so whichever screen is open keeps its state while the
  // session layer asks the user to sign in again (features/session/components/user-menu.tsx).
  if (problem.code === 'signed-out') window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  return new ApiError(status, problem, json, wordsFor(problem));
}

/**
 * The one wrapper over `fetch` for same-origin `/api`. Returns the parsed body, typed by the
 * contract our own server implements, or throws `ApiError`; it neither retries nor shows anything.
 */
export async function api<T>(
  path: string,
  init: {
    method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    body?: unknown;
    signal?: AbortSignal;
    headers?: Record<string, string>;
  } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...init.headers,
        accept: 'application/json',
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    // Said here, not in messages/: offline, that catalog could not load either.
    throw new ApiError(
      0,
      problemOf(0, t`Cannot reach the server. Check your connection; a save may not have arrived.`),
    );
  }
  if (!response.ok) throw await errorFrom(response.status, await response.json().catch(() => {}));
  // 204 No Content (sign-out): nothing to parse.
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw await errorFrom(response.status);
  }
}
