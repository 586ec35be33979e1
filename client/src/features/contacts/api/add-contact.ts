import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddContactResponse, ContactInput } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';

export const contactKeys = {
  all: ['contacts'] as const,
  ofCustomer: (customerId: string) => [...contactKeys.all, customerId] as const,
};

export interface AddContactVariables {
  customerId: string;
  contact: ContactInput;
}

export function addContact({ customerId, contact }: AddContactVariables) {
  return api<AddContactResponse>(`/customers/${customerId}/contacts`, {
    method: 'POST',
    body: contact,
  });
}

/** Never retried: Komet's add is not idempotent, a second try could add the contact twice. */
export function useAddContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addContact,
    retry: false,
    // Settled, not only succeeded: after a timeout the add or update may have happened anyway.
    onSettled: (_saved, _error, { customerId }) =>
      queryClient.invalidateQueries({ queryKey: contactKeys.ofCustomer(customerId) }),
  });
}
