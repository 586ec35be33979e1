import { describe, expect, it } from 'vitest';
import { headerNames, readSpreadsheet } from './read-spreadsheet';

describe('readSpreadsheet', () => {
  it('when Excel saved the file as Windows-1252, then its bytes are sent untouched and its headers still read', async () => {
    // "Nombre;Teléfono\r\nAna;123" with é as the single byte 0xE9, as plain "CSV" in Excel saves it.
    const bytes = new Uint8Array([
      ...Buffer.from('Nombre;Tel'),
      0xe9,
      ...Buffer.from('fono\r\nAna;123'),
    ]);
    const file = new File([bytes], 'contactos.csv', { type: 'text/csv' });

    const read = await readSpreadsheet(file);

    expect(Buffer.from(read.base64, 'base64')).toEqual(Buffer.from(bytes));
    expect(read.headers).toEqual(['Nombre', 'Teléfono']);
  });

  it('when a UTF-8 file starts with a byte order mark, then the first header has none', async () => {
    const file = new File(['\uFEFFNombre,Correo\nAna,ana@example.com'], 'c.csv');
    expect((await readSpreadsheet(file)).headers).toEqual(['Nombre', 'Correo']);
  });
});

describe('headerNames', () => {
  it('when pasted from a spreadsheet, then tabs separate the names', () => {
    expect(headerNames('Nombre\tTipo, cargo\tCorreo\nAna\tBuyer\ta@b.c')).toEqual([
      'Nombre',
      'Tipo, cargo',
      'Correo',
    ]);
  });

  it('when a quoted name holds the separator, then it stays one name', () => {
    expect(headerNames('"Nombre, apellido",Correo\r\n')).toEqual(['Nombre, apellido', 'Correo']);
  });
});
