import { useQuery } from '@tanstack/react-query';
import type { UserListResponse } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';

export const usersQueryKey = ['users'] as const;

/** Every account, for the admin screen (our own database: no Komet call). */
export function useUsers() {
  return useQuery({
    queryKey: usersQueryKey,
    queryFn: ({ signal }) => api<UserListResponse>('/users', { signal }),
    staleTime: 0,
  });
}
