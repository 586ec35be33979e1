import Papa from 'papaparse';
import { IMPORT_DELIMITERS, type ImportPreview } from '../contract/imports';
import { IMPORT_LIMITS, ImportFileError } from './import-limits';

export interface ParsedTable {
  /** The first non-empty line's cells, trimmed. */
  headers: string[];
  /** Every later non-empty row, as its cells, with the row number a spreadsheet shows it at. */
  rows: { sheetRow: number; cells: string[] }[];
  delimiter: ImportPreview['delimiter'];
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/**
 * The separator the header line uses most, outside quotes: a tab when pasted from a spreadsheet,
 * a semicolon where Excel's decimal mark is a comma, else a comma. Papa Parse's own guess needs
 * consistent field counts over many rows and picks the comma in "Nombre;Descripción" files
 * whose descriptions hold commas.
 */
function delimiterOf(text: string): ImportPreview['delimiter'] {
  const header = /^\s*([^\r\n]*)/.exec(text)?.[1] ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  const counts = IMPORT_DELIMITERS.map((delimiter) => unquoted.split(delimiter).length - 1);
  const most = Math.max(...counts);
  return most === 0 ? ',' : IMPORT_DELIMITERS[counts.indexOf(most)]!;
}

/**
 * Rows of a CSV file or of cells pasted from a spreadsheet (tab-separated), with Papa Parse:
 * comma, semicolon or tab (delimiterOf), quoted cells
 * with separators and line breaks inside, CRLF or LF; blank lines skipped. Read row by row and
 * stopped at the first row past the limit, so an oversized file costs no more than the limit.
 */
export function parseRows(text: string): ParsedTable {
  let headers: string[] | undefined;
  const rows: ParsedTable['rows'] = [];
  let tooMany = false;
  let sheetRow = 0;
  const delimiter = delimiterOf(text);
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (row, parser) => {
      sheetRow += 1;
      const cells = row.data;
      if (isBlank(cells)) return;
      if (!headers) {
        headers = cells.map((cell) => cell.trim());
        return;
      }
      if (rows.length === IMPORT_LIMITS.rows) {
        tooMany = true;
        parser.abort();
        return;
      }
      rows.push({ sheetRow, cells });
    },
  });
  if (tooMany) {
    throw new ImportFileError(
      'too-many-rows',
      `The file has more than ${IMPORT_LIMITS.rows.toLocaleString('en')} rows; split it into files of up to ${IMPORT_LIMITS.rows.toLocaleString('en')}.`,
    );
  }
  if (!headers) throw new ImportFileError('empty', 'The file has no rows.');
  return { headers, rows, delimiter };
}
