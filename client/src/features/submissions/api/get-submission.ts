import { useQuery } from '@tanstack/react-query';
import type { Submission } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';
import { submissionKeys } from './list-submissions';

/** One add kept by our server; read again on focus, as the list is (our server only). */
export function useSubmission(submissionId: string) {
  return useQuery({
    queryKey: submissionKeys.one(submissionId),
    queryFn: ({ signal }) => api<Submission>(`/submissions/${submissionId}`, { signal }),
    staleTime: 30 * 1000,
    refetchOnWindowFocus: true,
  });
}
