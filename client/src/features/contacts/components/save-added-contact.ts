import type { QueryClient } from '@tanstack/react-query';
import type { ContactInput, DuplicateMatch } from '@komet-contacts/server/contract';
import { addContact, contactKeys, type AddContactAnswer } from '../api/add-contact';
import { checkDuplicates } from './check-duplicates';
import { keyFor, type SubmissionKey } from './submission-key';

export type SaveOutcome = { answer: AddContactAnswer } | { matches: DuplicateMatch[] | null };

/**
 * The add form's save, loaded when the user first saves: none of it is on the first screen
 * (BENCHMARKS.md). First the duplicate check, unless the user chose "Add anyway"; matches, or
 * null when the check could not run, go back to the user to choose. Then one add under the
 * submission's key, and the customer's contacts are read again whatever the outcome: after a
 * lost answer the add may have happened anyway. Never retried here: a retry is the user's,
 * with the same key.
 */
export async function saveAddedContact(
  queryClient: QueryClient,
  customerId: string,
  contact: ContactInput,
  anyway: boolean,
  submission: { current: SubmissionKey | undefined },
): Promise<SaveOutcome> {
  if (!anyway) {
    const matches = await checkDuplicates(queryClient, customerId, contact);
    if (matches?.length !== 0) return { matches };
  }
  // One key per submission: a retry of the same contact (after a lost answer, say) reuses it, so
  // the server adds it once; a changed contact is a new submission with a new key.
  submission.current = keyFor(submission.current, JSON.stringify([customerId, contact]));
  try {
    const answer = await addContact({
      customerId,
      contact,
      idempotencyKey: submission.current.key,
    });
    // Saved here, not yet in Komet: the header's count (features/submissions) has one more.
    if ('submissionId' in answer) void queryClient.invalidateQueries({ queryKey: ['submissions'] });
    return { answer };
  } finally {
    void queryClient.invalidateQueries({ queryKey: contactKeys.ofCustomer(customerId) });
  }
}
