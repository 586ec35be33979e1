import { useCallback, useState } from 'react';
import type { ColumnMapping, ImportPreview, ImportRequest } from '@komet-contacts/server/contract';
import { usePreviewImport } from '../api/preview-import';
import { rememberedMapping, rememberMapping } from '../mapping-memory';
import { headerNames, readSpreadsheet } from '../read-spreadsheet';

type Source = Pick<ImportRequest, 'file' | 'pasted'>;

/**
 * Step 1 and 2's state: the file or paste, the preview the server made of it, and the cells
 * changed in place since. Every check is a new preview; changes of mapping and fixes send the
 * preview's rows back (`table`), never the file again.
 */
export function useImportPreview(customerId: string | undefined) {
  const check = usePreviewImport();
  const [preview, setPreview] = useState<ImportPreview>();
  const [source, setSource] = useState<{ request: Source; headers: string[] }>();
  const [edits, setEdits] = useState<Record<number, string[]>>({});
  const [reading, setReading] = useState(false);
  const [unreadable, setUnreadable] = useState(false);

  function send(request: Omit<ImportRequest, 'customerId'>) {
    check.mutate(
      { ...request, ...(customerId ? { customerId } : {}) },
      {
        onSuccess: (next) => {
          setPreview(next);
          setEdits({});
        },
      },
    );
  }

  function fromSource(request: Source, headers: string[]) {
    setSource({ request, headers });
    const mapping = rememberedMapping(headers);
    send({ ...request, ...(mapping ? { mapping } : {}) });
  }

  async function fromFile(file: File) {
    setReading(true);
    setUnreadable(false);
    try {
      const { base64, headers } = await readSpreadsheet(file);
      fromSource({ file: { name: file.name, base64 } }, headers);
    } catch {
      setUnreadable(true); // moved, deleted or locked since it was chosen
    } finally {
      setReading(false);
    }
  }

  const tableOf = (shown: ImportPreview) => ({
    headers: shown.headers,
    delimiter: shown.delimiter,
    rows: shown.rows.map(({ sheetRow, cells }) => ({ sheetRow, cells: edits[sheetRow] ?? cells })),
  });

  const onEdit = useCallback(
    (sheetRow: number, column: number, value: string) => {
      setEdits((before) => {
        const cells = [
          ...(before[sheetRow] ??
            preview?.rows.find((row) => row.sheetRow === sheetRow)?.cells ??
            []),
        ];
        cells[column] = value;
        return { ...before, [sheetRow]: cells };
      });
    },
    [preview],
  );

  return {
    preview,
    edits,
    edited: Object.keys(edits).length > 0,
    pending: check.isPending || reading,
    error: check.error,
    unreadable,
    /** The columns of the file or paste last sent, for choosing its mapping before any preview. */
    sourceHeaders: source?.headers ?? [],
    fromFile: (file: File) => void fromFile(file),
    fromPaste: (pasted: string) => fromSource({ pasted }, headerNames(pasted)),
    /** The file or paste again, with the columns chosen (when the server found no customer column). */
    withMapping: (mapping: ColumnMapping) => {
      if (!source) return;
      rememberMapping(source.headers, mapping);
      send({ ...source.request, mapping });
    },
    remap: (mapping: ColumnMapping) => {
      if (!preview) return;
      rememberMapping(preview.headers, mapping);
      send({ table: tableOf(preview), mapping });
    },
    checkAgain: () => preview && send({ table: tableOf(preview), mapping: preview.mapping }),
    onEdit,
    startOver: () => {
      setPreview(undefined);
      setEdits({});
      check.reset();
    },
  };
}
