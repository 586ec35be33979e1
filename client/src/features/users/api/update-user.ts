import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserRequest, UserResponse } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';
import { usersQueryKey } from './list-users';

export interface UpdateUserVariables {
  username: string;
  changes: UpdateUserRequest;
}

/** Role, password or disabled flag; a new password or disabling signs the user out everywhere. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, changes }: UpdateUserVariables) =>
      api<UserResponse>(`/users/${encodeURIComponent(username)}`, {
        method: 'PATCH',
        body: changes,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
