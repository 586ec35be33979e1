import { IMPORT_LIMITS, ImportFileError } from './import-limits';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');
/**
 * Where Windows-1252 differs from Latin-1: 0x80–0x9F (€, curly quotes, dashes…). Node 20's
 * TextDecoder reads 'windows-1252' as plain Latin-1 and gives control characters there.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const windows1252 = (bytes: Uint8Array) =>
  latin1
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c1) => WINDOWS_1252_C1[c1.charCodeAt(0) - 0x80]!);

/**
 * A spreadsheet's bytes as text. Excel saves "CSV UTF-8" with a BOM, and plain "CSV" in the
 * system's code page: Windows-1252 across Latin America and Western Europe. Bytes that are not
 * valid UTF-8 are read as Windows-1252, which maps every byte, so "Teléfono" saved either way
 * reads the same. The BOM is dropped.
 */
export function decodeFile(bytes: Uint8Array): string {
  if (bytes.length > IMPORT_LIMITS.bytes) {
    throw new ImportFileError(
      'too-large',
      `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; an import takes up to 5 MB.`,
    );
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    text = windows1252(bytes);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
