import { useQuery } from '@tanstack/react-query';
import type { Submission } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';
import { submissionKeys } from './list-submissions';

const WATCH_MS = 3_000;

/**
 * One add kept by our server; read again on focus, as the list is (our server only). `watch`:
 * also every few seconds until it is in Komet or refused, for a person waiting to see it arrive.
 */
export function useSubmission(submissionId: string, { watch = false } = {}) {
  return useQuery({
    queryKey: submissionKeys.one(submissionId),
    queryFn: ({ signal }) => api<Submission>(`/submissions/${submissionId}`, { signal }),
    staleTime: 30 * 1000,
    refetchOnWindowFocus: true,
    refetchInterval: (query) => {
      const state = query.state.data?.state;
      return watch && state !== 'sent' && state !== 'refused' ? WATCH_MS : false;
    },
  });
}
