import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CustomerSearchResponse } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';

export const customerKeys = {
  all: ['customers'] as const,
  search: (q: string, includeInactive: boolean) =>
    [...customerKeys.all, 'search', { q, includeInactive }] as const,
};

/** One search, for `useQuery` or `queryClient.fetchQuery` (the same cache entry). */
export function searchCustomers(q: string, includeInactive: boolean) {
  const query = q.trim();
  return {
    queryKey: customerKeys.search(query, includeInactive),
    queryFn: ({ signal }: { signal: AbortSignal }) => {
      const params = new URLSearchParams({ q: query, limit: '12' });
      if (includeInactive) params.set('includeInactive', '1');
      return api<CustomerSearchResponse>(`/customers?${params.toString()}`, { signal });
    },
    staleTime: 5 * 60 * 1000,
  };
}

/** Searches the server's copy of Komet's customer list: no Komet call per keystroke. */
export function useSearchCustomers(q: string, includeInactive: boolean) {
  return useQuery({
    ...searchCustomers(q, includeInactive),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
