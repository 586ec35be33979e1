import { useQuery } from '@tanstack/react-query';
import type { KometUsage } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';

export const usageQueryKey = ['usage'] as const;

/** Today's Komet calls by our own count (admins only); reading it costs no Komet call. */
export function useKometUsage() {
  return useQuery({
    queryKey: usageQueryKey,
    queryFn: ({ signal }) => api<KometUsage>('/usage', { signal }),
    staleTime: 0,
  });
}
