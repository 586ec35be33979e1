import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContactInput } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';
import { submissionKeys } from './list-submissions';

/**
 * A refused add, fixed, goes back in the queue (202): our server sends it, so a retry here could
 * not add it twice, but mutations are never retried in this app anyway.
 */
export function useResendSubmission(submissionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contact: ContactInput) =>
      api<unknown>(`/submissions/${submissionId}/resend`, { method: 'POST', body: { contact } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: submissionKeys.all }),
  });
}

/** Drops a refused or queued add: it will never reach Komet. */
export function useDiscardSubmission(submissionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<undefined>(`/submissions/${submissionId}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: submissionKeys.all }),
  });
}
