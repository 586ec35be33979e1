import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { sessionQueryKey } from './get-session';

/**
 * Signs out, then reads the session again: its 401 (with the demo users, on the simulator) puts
 * the sign-in screen up. Only then is everything else forgotten, so no screen still showing
 * re-reads it signed out.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/session', { method: 'DELETE' }),
    retry: false,
    onSuccess: async () => {
      await queryClient.resetQueries({ queryKey: sessionQueryKey });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    },
  });
}
