import { useQuery } from '@tanstack/react-query';
import type { ImportState, ImportStatus } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';

export const importKeys = {
  all: ['imports'] as const,
  list: () => [...importKeys.all, 'list'] as const,
  one: (importId: string) => [...importKeys.all, 'one', importId] as const,
};

/** Done or cancelled: nothing more will be sent, and the server has closed the event stream. */
export const isFinished = (state: ImportState) => state === 'done' || state === 'cancelled';

/**
 * The signed-in user's recent imports, newest first: whoever left a running import finds it
 * again. Our server only, never Komet.
 */
export function useImports() {
  return useQuery({
    queryKey: importKeys.list(),
    queryFn: ({ signal }) => api<ImportStatus[]>('/imports', { signal }),
    staleTime: 30 * 1000,
  });
}
