import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { contactKeys } from './add-contact';

export interface DeleteContactVariables {
  customerId: string;
  contactId: string;
  /** The same for every try of one delete: a repeat gets the first answer (issue 7). */
  idempotencyKey: string;
}

export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ customerId, contactId, idempotencyKey }: DeleteContactVariables) =>
      api<void>(`/customers/${customerId}/contacts/${contactId}`, {
        method: 'DELETE',
        headers: { 'idempotency-key': idempotencyKey },
      }),
    retry: false,
    // Settled, not only succeeded: after a timeout the delete may have happened anyway. Not
    // awaited, so the page can leave the deleted contact before its list is read again.
    onSettled: (_deleted, _error, { customerId }) => {
      void queryClient.invalidateQueries({ queryKey: contactKeys.ofCustomer(customerId) });
    },
  });
}
