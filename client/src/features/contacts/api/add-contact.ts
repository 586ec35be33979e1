import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type {
  AddContactResponse,
  ContactInput,
  QueuedResponse,
} from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';

export const contactKeys = {
  all: ['contacts'] as const,
  ofCustomer: (customerId: string) => [...contactKeys.all, customerId] as const,
};

export interface AddContactVariables {
  customerId: string;
  contact: ContactInput;
  /** The same for every try of one submission: the server adds it to Komet once (issue 7). */
  idempotencyKey: string;
}

/** 201: in Komet, with its id; 202: saved on our server, sent to Komet when it answers. */
export type AddContactAnswer = AddContactResponse | QueuedResponse;

export function addContact({ customerId, contact, idempotencyKey }: AddContactVariables) {
  return api<AddContactAnswer>(`/customers/${customerId}/contacts`, {
    method: 'POST',
    body: contact,
    headers: { 'idempotency-key': idempotencyKey },
  });
}

/** A random key; `crypto.randomUUID` exists only on HTTPS pages, this works on plain http too. */
export const newIdempotencyKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

/**
 * Sends an add and then re-reads the customer's contacts, whatever the outcome: after a lost
 * answer the add may have happened anyway. Never retried here: a retry is the user's, with the
 * same idempotency key. A plain call rather than useMutation: the first screen carries no
 * mutation machinery (BENCHMARKS.md), and the form tracks its own submitting state.
 */
export function useAddContact() {
  const queryClient = useQueryClient();
  return useCallback(
    async (variables: AddContactVariables) => {
      try {
        const answer = await addContact(variables);
        // Saved here, not yet in Komet: the header's count (features/submissions) has one more.
        if ('submissionId' in answer)
          void queryClient.invalidateQueries({ queryKey: ['submissions'] });
        return answer;
      } finally {
        void queryClient.invalidateQueries({
          queryKey: contactKeys.ofCustomer(variables.customerId),
        });
      }
    },
    [queryClient],
  );
}
