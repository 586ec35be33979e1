import { useQuery } from '@tanstack/react-query';
import type { SubmissionListResponse, SubmissionState } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';

/** `['submissions']` is also invalidated by the add form after a 202 (features/contacts). */
export const submissionKeys = {
  all: ['submissions'] as const,
  list: (states: readonly SubmissionState[]) => [...submissionKeys.all, 'list', ...states] as const,
  one: (id: string) => [...submissionKeys.all, 'one', id] as const,
};

export const OPEN_STATES: readonly SubmissionState[] = ['queued', 'sending', 'refused'];

export function listSubmissions(states: readonly SubmissionState[], signal?: AbortSignal) {
  return api<SubmissionListResponse>(`/submissions?state=${states.join(',')}`, { signal });
}

/**
 * Adds not yet in Komet. These calls reach our server only, never Komet, so unlike the app's
 * other queries they may be read again on focus and every minute: a refusal found by the
 * server's worker shows up without a reload.
 */
export function useSubmissions(states: readonly SubmissionState[] = OPEN_STATES, enabled = true) {
  return useQuery({
    queryKey: submissionKeys.list(states),
    queryFn: ({ signal }) => listSubmissions(states, signal),
    enabled,
    staleTime: 30 * 1000,
    refetchInterval: 60 * 1000,
    refetchOnWindowFocus: true,
  });
}
