import { useQuery } from '@tanstack/react-query';
import type { ContactTypesResponse } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';

export const contactTypesQueryKey = ['contact-types'] as const;

export function useContactTypes() {
  return useQuery({
    queryKey: contactTypesQueryKey,
    queryFn: ({ signal }) => api<ContactTypesResponse>('/contact-types', { signal }),
    staleTime: Infinity,
  });
}
