import { useQuery } from '@tanstack/react-query';
import type { Health } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';

export const healthQueryKey = ['health'] as const;

export function useHealth() {
  return useQuery({
    queryKey: healthQueryKey,
    queryFn: ({ signal }) => api<Health>('/health', { signal }),
    staleTime: 5 * 60 * 1000,
    // Komet's state changes on its own: read often enough for the banner to come and go.
    refetchInterval: (query) => (query.state.data?.kometState === 'ok' ? 30_000 : 10_000),
  });
}
