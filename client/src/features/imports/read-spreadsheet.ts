const DELIMITERS = ['\t', ';', ','] as const;
// A header line longer than this is no spreadsheet of contacts.
const HEADER_BYTES = 64 * 1024;
const NEWLINE = 0x0a;
const CHUNK = 0x8000;

/** Splits one line at `delimiter`, outside double quotes, as a CSV reader would. */
function cellsOf(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === '"' && quoted && line[index + 1] === '"') {
      cell += '"';
      index++;
    } else if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  return [...cells, cell];
}

/**
 * The header names of a paste or a file's text, read as the server reads them (the separator
 * the header line uses most outside quotes: server/src/imports/parse-rows.ts). Only to find the
 * mapping remembered for them and to offer the columns when the server asks which one holds the
 * customer: the server reads the rows.
 */
export function headerNames(text: string): string[] {
  const line = /^\s*([^\r\n]*)/.exec(text)?.[1] ?? '';
  const unquoted = line.replace(/"[^"]*"/g, '');
  const counts = DELIMITERS.map((delimiter) => unquoted.split(delimiter).length - 1);
  const most = Math.max(...counts);
  const delimiter = most === 0 ? ',' : DELIMITERS[counts.indexOf(most)]!;
  return line ? cellsOf(line, delimiter).map((cell) => cell.trim()) : [];
}

/** The header line of a file saved as UTF-8 or, as Excel's plain CSV is, Windows-1252. */
function headerText(bytes: Uint8Array): string {
  const end = bytes.subarray(0, HEADER_BYTES).lastIndexOf(NEWLINE);
  const head = bytes.subarray(0, end < 0 ? HEADER_BYTES : end);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(head);
  } catch {
    return new TextDecoder('windows-1252').decode(head);
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/**
 * A chosen or dropped file as POST /api/imports takes it: its bytes, untouched, in base64. The
 * server decodes the text (UTF-8 or Windows-1252), so a file saved by any Excel reads the same.
 */
export async function readSpreadsheet(file: File): Promise<{ base64: string; headers: string[] }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { base64: toBase64(bytes), headers: headerNames(headerText(bytes)) };
}
