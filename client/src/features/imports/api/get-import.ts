import { useQuery } from '@tanstack/react-query';
import type { ImportDetail } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';
import { importKeys, isFinished } from './list-imports';

// The event stream keeps the counts current (watch-import.ts); the rows' outcomes come only
// with the whole import, so while it runs they are read again now and then.
const ROWS_MS = 30 * 1000;

/** One import with every row's outcome, from our server: no Komet call. */
export function useImport(importId: string) {
  return useQuery({
    queryKey: importKeys.one(importId),
    queryFn: ({ signal }) => api<ImportDetail>(`/imports/${importId}`, { signal }),
    staleTime: 10 * 1000,
    refetchInterval: (query) => {
      const state = query.state.data?.state;
      return state && !isFinished(state) ? ROWS_MS : false;
    },
  });
}
