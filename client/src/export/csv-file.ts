import { i18n, type MessageDescriptor } from '../i18n/runtime';

/** A column of an exported file: its header, in the reader's language, and its cell. */
export type CsvColumn<T> = readonly [MessageDescriptor, (item: T) => string];

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula: a contact or customer named
 * "=HYPERLINK(…)" must stay text. Phone numbers written "+1 305…" get the apostrophe too; a
 * spreadsheet would otherwise read them as a sum.
 */
const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The header row, then one formula-safe row per item, in the order given. */
export function csvRows<T>(columns: readonly CsvColumn<T>[], items: readonly T[]): string[][] {
  return [
    columns.map(([header]) => i18n._(header)),
    ...items.map((item) => columns.map(([, cell]) => asText(cell(item)))),
  ];
}

/**
 * The file's text, with a byte order mark: without one, Excel reads UTF-8 as the local code
 * page and "Lucía" arrives as "LucÃ­a". Papa Parse loads with the first export, never with a page.
 */
export async function csvText(rows: string[][]): Promise<string> {
  const { unparse } = await import('papaparse');
  return `\uFEFF${unparse(rows, { newline: '\r\n' })}\r\n`;
}

/** "2026-11-30": the (local) day, for file names. */
export function dayStamp(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** Hands the text to the browser as a download named `fileName`. */
export function saveCsvFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Some browsers read the file after click() returns: the URL lives on a while (as FileSaver.js does).
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
