import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AddContactResponse,
  ContactInput,
  ContactSnapshot,
  UpdateContactRequest,
} from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';
import { contactKeys } from './add-contact';

export interface UpdateContactVariables {
  customerId: string;
  contactId: string;
  contact: ContactInput;
  /** The version the form started from: the server refuses (409) if Komet's differs. */
  expected: ContactSnapshot;
  /** The same for every try of one submission: a repeat gets the first answer (issue 7). */
  idempotencyKey: string;
}

export function useUpdateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      customerId,
      contactId,
      contact,
      expected,
      idempotencyKey,
    }: UpdateContactVariables) =>
      api<AddContactResponse>(`/customers/${customerId}/contacts/${contactId}`, {
        method: 'PUT',
        body: { contact, expected } satisfies UpdateContactRequest,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    retry: false,
    // Settled, not only succeeded: after a timeout the add or update may have happened anyway.
    onSettled: (_saved, _error, { customerId }) =>
      queryClient.invalidateQueries({ queryKey: contactKeys.ofCustomer(customerId) }),
  });
}
