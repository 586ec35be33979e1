import { useCallback, useRef, useState } from 'react';
import type { DuplicateMatch } from '@komet-contacts/server/contract';

/**
 * Holds the duplicate warning of the add form and the user's "Add anyway"; the check itself runs
 * in the save (save-added-contact.ts). `matches` is null when the check could not run: the user
 * then saves anyway or has it checked again.
 */
export function useDuplicateCheck() {
  const [matches, setMatches] = useState<DuplicateMatch[] | null>([]);
  const accepted = useRef(false);
  return {
    matches,
    setMatches,
    accepted,
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
