import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ImportDetail, ImportStatus } from '@komet-contacts/server/contract';
import { importKeys, isFinished } from './list-imports';

/**
 * Follows a running import through its server-sent events (`status`, an ImportStatus each): the
 * cached import takes each one's counts, and a change of state reads the rows again. The
 * browser's EventSource sends the session cookie and reconnects by itself after a dropped
 * connection; it is closed once the import is over, as the server then ends the stream and the
 * browser would otherwise keep reconnecting.
 */
export function useImportEvents(importId: string, active: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!active || typeof EventSource === 'undefined') return;
    const key = importKeys.one(importId);
    const source = new EventSource(`/api/imports/${importId}/events`);
    source.addEventListener('status', (event) => {
      let status: ImportStatus;
      try {
        status = JSON.parse((event as MessageEvent<string>).data) as ImportStatus;
      } catch {
        return; // a garbled event: the next one, or the periodic read, brings the counts
      }
      const before = queryClient.getQueryData<ImportDetail>(key)?.state;
      queryClient.setQueryData<ImportDetail>(key, (detail) => detail && { ...detail, ...status });
      if (before !== status.state) void queryClient.invalidateQueries({ queryKey: importKeys.all });
      if (isFinished(status.state)) source.close();
    });
    return () => source.close();
  }, [importId, active, queryClient]);
}
