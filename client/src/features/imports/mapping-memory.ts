import { IMPORT_FIELDS, type ColumnMapping } from '@komet-contacts/server/contract';

// One entry per set of headers: the same spreadsheet exported again next month needs no
// choosing again (issue 10). Kept in this browser only.
const PREFIX = 'import-mapping:';
const keyOf = (headers: readonly string[]) => PREFIX + JSON.stringify(headers);

/** The mapping last chosen for files with exactly these headers, if any still fits them. */
export function rememberedMapping(headers: readonly string[]): ColumnMapping | undefined {
  if (headers.length === 0) return undefined;
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(keyOf(headers)) ?? 'null');
    if (!stored || typeof stored !== 'object') return undefined;
    const mapping: ColumnMapping = {};
    for (const [field, column] of Object.entries(stored)) {
      const known = IMPORT_FIELDS.find((name) => name === field);
      const fits = Number.isInteger(column) && column >= 0 && column < headers.length;
      if (known && fits) mapping[known] = column as number;
    }
    return mapping;
  } catch {
    return undefined; // storage blocked or an entry of an older shape: the server suggests one
  }
}

export function rememberMapping(headers: readonly string[], mapping: ColumnMapping): void {
  try {
    localStorage.setItem(keyOf(headers), JSON.stringify(mapping));
  } catch {
    // Storage full or blocked: the mapping is simply asked for again next time.
  }
}
