import { useMutation } from '@tanstack/react-query';
import type { ImportPreview, ImportRequest } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';

/**
 * Checks a file, a paste or the preview's fixed rows (issue 10). Nothing is sent to Komet but the
 * contact lists the duplicate check needs; each answer is a new stored preview with its own id.
 */
export function usePreviewImport() {
  return useMutation({
    mutationFn: (request: ImportRequest) =>
      api<ImportPreview>('/imports', { method: 'POST', body: request }),
  });
}
