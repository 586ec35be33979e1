import type { QueryClient } from '@tanstack/react-query';
import {
  findDuplicates,
  type ContactInput,
  type DuplicateMatch,
} from '@komet-contacts/server/contract';
import { contactListQuery } from '../api/list-contacts';

/**
 * The customer's contacts that look like `contact`. Uses the list already in the query cache
 * when fresh (no Komet call); otherwise reads it once, and the server caches it for minutes.
 * Loaded on the first save, with the contract's code the form has loaded by then.
 */
export async function checkDuplicates(
  queryClient: QueryClient,
  customerId: string,
  contact: ContactInput,
): Promise<DuplicateMatch[]> {
  try {
    const { contacts } = await queryClient.fetchQuery(contactListQuery(customerId));
    return findDuplicates(contact, contacts);
  } catch {
    return []; // Komet cannot list them now: the check must not block sales.
  }
}
