import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserRequest, UserResponse } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';
import { usersQueryKey } from './list-users';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: CreateUserRequest) =>
      api<UserResponse>('/users', { method: 'POST', body: user }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
