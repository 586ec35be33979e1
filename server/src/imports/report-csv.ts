import Papa from 'papaparse';
import type { ImportReportRow, ImportRowOutcome } from '../contract';

export type ReportLanguage = 'en' | 'es';

/**
 * The report's own columns and outcomes, in the reader's language. This file is read by people
 * in a spreadsheet, not by the app's client, so its few words live here rather than in the
 * client's catalogs. None of the column names is a header the import recognises: the report,
 * fixed, imports again as it is (rows already sent show up as duplicates and are not sent).
 */
const WORDS: Record<
  ReportLanguage,
  { columns: [string, string, string]; outcomes: Record<ImportRowOutcome, string> }
> = {
  en: {
    columns: ['Import result', 'Komet contact id', 'Import message'],
    outcomes: {
      sent: 'Sent to Komet',
      refused: 'Refused by Komet: fix and import again',
      'needs-fixing': 'Not sent: needs fixing',
      duplicate: 'Not sent: already in Komet',
      'duplicate-in-file': 'Not sent: same as an earlier row',
      cancelled: 'Not sent: import cancelled',
      waiting: 'Not sent yet',
      queued: 'Being sent',
      scheduled: 'To be sent after midnight UTC',
    },
  },
  es: {
    columns: [
      'Resultado de la importación',
      'Id del contacto en Komet',
      'Mensaje de la importación',
    ],
    outcomes: {
      sent: 'Enviado a Komet',
      refused: 'Rechazado por Komet: corrija e importe de nuevo',
      'needs-fixing': 'No enviado: hay que corregirlo',
      duplicate: 'No enviado: ya está en Komet',
      'duplicate-in-file': 'No enviado: igual a una fila anterior',
      cancelled: 'No enviado: importación cancelada',
      waiting: 'Aún no enviado',
      queued: 'En envío',
      scheduled: 'Se enviará después de la medianoche UTC',
    },
  },
};

/**
 * A cell a spreadsheet would run as a formula is quoted. Not `+` or `-`: phone numbers start
 * with them, and the report must import again as it was.
 */
const FORMULA = /^[=@\t\r]/;

/**
 * Every row as it was read, then what became of it. UTF-8 with a byte-order mark, which is how
 * Excel knows it is not Windows-1252; the file's own separator, so a semicolon spreadsheet opens
 * in columns where it was made.
 */
export function reportCsv(
  report: { headers: string[]; delimiter: string; rows: ImportReportRow[] },
  language: ReportLanguage,
): string {
  const words = WORDS[language];
  const width = Math.max(report.headers.length, ...report.rows.map((row) => row.cells.length));
  const pad = (cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill('')];
  const delimiter = report.delimiter === ';' ? ';' : ',';
  const csv = Papa.unparse(
    [
      [...pad(report.headers), ...words.columns],
      ...report.rows.map((row) => [
        ...pad(row.cells),
        words.outcomes[row.outcome],
        row.contactId ?? '',
        row.message ?? '',
      ]),
    ],
    { delimiter, newline: '\r\n', escapeFormulae: FORMULA },
  );
  return `\uFEFF${csv}\r\n`;
}
