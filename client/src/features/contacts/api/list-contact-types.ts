import { useQuery } from '@tanstack/react-query';
import { contactTypesResponseSchema } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';

export const contactTypesQueryKey = ['contact-types'] as const;

export function useContactTypes() {
  return useQuery({
    queryKey: contactTypesQueryKey,
    queryFn: ({ signal }) => api('/contact-types', contactTypesResponseSchema, { signal }),
    staleTime: Infinity,
  });
}
