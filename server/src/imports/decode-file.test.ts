import { describe, expect, it } from 'vitest';
import { decodeFile } from './decode-file';
import { IMPORT_LIMITS, ImportFileError } from './import-limits';

const HEADER = 'Nombre;Teléfono;Descripción\r\n';

describe('decodeFile', () => {
  it('when Excel saved "CSV UTF-8", then the BOM is dropped and accents read right', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HEADER, 'utf8')]);
    expect(decodeFile(bytes)).toBe(HEADER);
  });

  it('when Excel saved plain "CSV" in Windows-1252, then the same text comes out', () => {
    const bytes = Buffer.from(HEADER, 'latin1');
    expect(bytes.includes(0xe9)).toBe(true); // é as one byte: not valid UTF-8
    expect(decodeFile(bytes)).toBe(HEADER);
  });

  it('when Windows-1252 has its own characters (€, curly quotes), then they read right too', () => {
    const bytes = Buffer.from([0x80, 0x20, 0x93, 0x52, 0x6f, 0x73, 0x61, 0x94, 0x96, 0x9f]);
    expect(decodeFile(bytes)).toBe('€ “Rosa”–Ÿ');
  });

  it('when a file is over 5 MB, then it is refused as too large, saying its size', () => {
    const bytes = new Uint8Array(IMPORT_LIMITS.bytes + 1);
    expect(() => decodeFile(bytes)).toThrow(ImportFileError);
    expect(() => decodeFile(bytes)).toThrow(/5\.0 MB; an import takes up to 5 MB/);
  });
});
