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
