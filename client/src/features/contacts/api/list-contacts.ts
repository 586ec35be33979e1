import { useQuery } from '@tanstack/react-query';
import type { ContactListResponse } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';
import { contactKeys } from './add-contact';

export const contactListQuery = (customerId: string) => ({
  queryKey: contactKeys.ofCustomer(customerId),
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api<ContactListResponse>(`/customers/${customerId}/contacts`, { signal }),
  // The server caches each list for minutes and refreshes it after our own writes.
  staleTime: 60 * 1000,
});

/** A customer's contacts: at most one Komet call per customer every few minutes. */
export function useCustomerContacts(customerId: string | undefined) {
  return useQuery({ ...contactListQuery(customerId ?? ''), enabled: Boolean(customerId) });
}
