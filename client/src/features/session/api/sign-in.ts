import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse, SignInRequest } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';
import { sessionQueryKey } from './get-session';

/**
 * Signs in, then re-reads whatever was read while signed out (health says more to a signed-in
 * user; lists that answered 401 can load now). The session itself is set from the answer.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SignInRequest) =>
      api<SessionResponse>('/session', { method: 'POST', body: request }),
    retry: false,
    onSuccess: (session) => {
      queryClient.setQueryData(sessionQueryKey, session);
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== sessionQueryKey[0],
      });
    },
  });
}
