import { useQuery } from '@tanstack/react-query';
import type { CustomerSummary } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';
import { customerKeys } from './search-customers';

/** One customer, from our server's copy of Komet's list: no Komet call. */
export function useCustomer(customerId: string | undefined) {
  return useQuery({
    queryKey: [...customerKeys.all, 'one', customerId ?? ''],
    queryFn: ({ signal }) => api<CustomerSummary>(`/customers/${customerId}`, { signal }),
    enabled: Boolean(customerId),
    staleTime: 5 * 60 * 1000,
  });
}
