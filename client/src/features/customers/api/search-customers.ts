import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CustomerSearchResponse } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';

export const customerKeys = {
  all: ['customers'] as const,
  search: (q: string, includeInactive: boolean) =>
    [...customerKeys.all, 'search', { q, includeInactive }] as const,
};

/** Searches the server's copy of Komet's customer list: no Komet call per keystroke. */
export function useSearchCustomers(q: string, includeInactive: boolean) {
  const query = q.trim();
  return useQuery({
    queryKey: customerKeys.search(query, includeInactive),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ q: query, limit: '12' });
      if (includeInactive) params.set('includeInactive', '1');
      return api<CustomerSearchResponse>(`/customers?${params.toString()}`, { signal });
    },
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60 * 1000,
  });
}
