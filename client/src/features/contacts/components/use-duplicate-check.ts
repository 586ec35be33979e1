import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ContactInput, DuplicateMatch } from '@komet-contacts/server/contract';

/**
 * Holds the duplicate warning of the add form and the user's "Add anyway". `matches` is null
 * when the check could not run: the user then saves anyway or has it checked again.
 */
export function useDuplicateCheck() {
  const queryClient = useQueryClient();
  const [matches, setMatches] = useState<DuplicateMatch[] | null>([]);
  const accepted = useRef(false);

  /** Resolves true when saving may go on, false when the user must choose first. */
  async function mayAdd(customerId: string, contact: ContactInput): Promise<boolean> {
    if (accepted.current) return true;
    const { checkDuplicates } = await import('./check-duplicates');
    const found = await checkDuplicates(queryClient, customerId, contact);
    setMatches(found);
    return found?.length === 0;
  }

  return {
    matches,
    mayAdd,
    addAnyway: () => {
      accepted.current = true;
      setMatches([]);
    },
    reset: useCallback(() => {
      accepted.current = false;
      setMatches((current) => (current?.length === 0 ? current : []));
    }, []),
  };
}
