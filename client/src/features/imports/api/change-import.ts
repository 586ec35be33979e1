import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportDetail, ImportStart, ImportStatus } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';
import { importKeys } from './list-imports';

/**
 * Sends a checked preview's ready rows (`rest: 'after-midnight'` when they do not all fit in
 * today's Komet calls), or resumes a paused import: the same route. Never retried, like every
 * mutation here: a second start must come from the user.
 */
export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ importId, ...start }: ImportStart & { importId: string }) =>
      api<ImportStatus>(`/imports/${importId}/start`, { method: 'POST', body: start }),
    onSuccess: (status) => updateImport(queryClient, status),
  });
}

/** Pause, continue (start again) or cancel one import: for its importer or an admin. */
export function useChangeImport(importId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: 'pause' | 'start' | 'cancel') =>
      api<ImportStatus>(`/imports/${importId}/${action}`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: (status) => updateImport(queryClient, status),
  });
}

/** The new state shows at once; the rows' outcomes and the list are read again behind it. */
export function updateImport(queryClient: ReturnType<typeof useQueryClient>, status: ImportStatus) {
  queryClient.setQueryData<ImportDetail>(
    importKeys.one(status.id),
    (detail) => detail && { ...detail, ...status },
  );
  void queryClient.invalidateQueries({ queryKey: importKeys.all });
}
