import { useQuery } from '@tanstack/react-query';
import type { SessionUser, SignedOutProblem } from '@komet-contacts/server/contract';
import { api, ApiError } from '../../../lib/api';

/** The demo users a signed-out answer lists; only the simulator has them. */
export function demoUsersOf(error: unknown): SessionUser[] {
  if (!(error instanceof ApiError)) return [];
  return (error.body as Partial<SignedOutProblem> | undefined)?.demoUsers ?? [];
}

/**
 * `username` as a demo user, when the server (the simulator) offers it: a demo user has no
 * password anyone knows, so after its session ends it can only come back through its button.
 * Read from `GET /api/session`'s signed-out answer, under a key of its own: that answer in the
 * session's own query would put the sign-in screen in place of the work the dialog keeps.
 * Kept out of the first screen's code: only the session-ended dialog asks.
 */
export function useDemoUser(username: string): SessionUser | undefined {
  const demoUsers = useQuery({
    queryKey: ['session', 'demo-users'],
    queryFn: async ({ signal }) => {
      try {
        await api('/session', { signal });
        return [];
      } catch (error) {
        // Anything but "signed out" (offline, say) leaves the password form, which says why.
        return demoUsersOf(error);
      }
    },
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  return demoUsers.data?.find((user) => user.username === username);
}
