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
 * Loaded on the first save, with the contract's code the form has loaded by then. Null when
 * the list cannot be read: the user is told and chooses (issue 7), nothing goes through unasked.
 */
export async function checkDuplicates(
  queryClient: QueryClient,
  customerId: string,
  contact: ContactInput,
): Promise<DuplicateMatch[] | null> {
  try {
    const { contacts } = await queryClient.fetchQuery(contactListQuery(customerId));
    return findDuplicates(contact, contacts);
  } catch {
    return null;
  }
}
