import { useQuery } from '@tanstack/react-query';
import type { SessionResponse } from '@komet-contacts/server/contract';
import { api, ApiError } from '../../../lib/api';

export const sessionQueryKey = ['session'] as const;

/**
 * Who is signed in. Never refetched on its own: the session changes only by signing in or out
 * here, or when another call answers 401 (lib/api.ts), which the session gate hears.
 */
export function useSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => api<SessionResponse>('/session', { signal }),
    staleTime: Infinity,
    // A 401 stays an answer: the sign-in screen reading it must not ask again (and blank itself).
    retryOnMount: false,
  });
}

/** True when the error is the server saying nobody is signed in. */
export const isSignedOut = (error: unknown) => error instanceof ApiError && error.status === 401;
