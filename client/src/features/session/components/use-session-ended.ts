import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { SIGNED_OUT_EVENT } from '../../../lib/api';
import { sessionQueryKey } from '../api/get-session';

/**
 * Whether a session that was signed in has ended since (any call answering 401 `signed-out`,
 * lib/api.ts tells), and a way to say it was resumed. A 401 while nobody is known to be signed
 * in is the sign-in screen's business, not this.
 */
export function useSessionEnded() {
  const queryClient = useQueryClient();
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    const onSignedOut = () => setEnded(queryClient.getQueryData(sessionQueryKey) !== undefined);
    window.addEventListener(SIGNED_OUT_EVENT, onSignedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, onSignedOut);
  }, [queryClient]);
  return { ended, resumed: () => setEnded(false) };
}
