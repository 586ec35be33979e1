import { useQuery } from '@tanstack/react-query';
import { healthSchema } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';

export const healthQueryKey = ['health'] as const;

export function useHealth() {
  return useQuery({
    queryKey: healthQueryKey,
    queryFn: ({ signal }) => api('/health', healthSchema, { signal }),
    staleTime: 5 * 60 * 1000,
  });
}
