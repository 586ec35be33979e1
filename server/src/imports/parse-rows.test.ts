import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from './import-limits';
import { parseRows } from './parse-rows';

describe('parseRows', () => {
  it('when cells are separated by commas, then rows come with the spreadsheet row they are at', () => {
    const table = parseRows('Name,Type\nAna Ruiz,Buyer\nLuis Paz,A/P\n');
    expect(table.delimiter).toBe(',');
    expect(table.headers).toEqual(['Name', 'Type']);
    expect(table.rows).toEqual([
      { sheetRow: 2, cells: ['Ana Ruiz', 'Buyer'] },
      { sheetRow: 3, cells: ['Luis Paz', 'A/P'] },
    ]);
  });

  it('when Excel used semicolons (a comma is the decimal mark), then commas stay inside cells', () => {
    const table = parseRows('Nombre;Descripción\r\nAna;Compra rosas, claveles\r\n');
    expect(table.delimiter).toBe(';');
    expect(table.rows[0]!.cells).toEqual(['Ana', 'Compra rosas, claveles']);
  });

  it('when rows are pasted from a spreadsheet, then tabs separate the cells', () => {
    const table = parseRows('Name\tE-mail\nAna Ruiz\tana@example.com');
    expect(table.delimiter).toBe('\t');
    expect(table.rows[0]!.cells).toEqual(['Ana Ruiz', 'ana@example.com']);
  });

  it('when a cell is quoted, then its separators, quotes and Excel line breaks stay in the cell', () => {
    const table = parseRows(
      'Name,Description,Phone\r\n"Ruiz, Ana","Says ""hola""\nat the fair",+593 2 255 0101\r\nLuis,,\r\n',
    );
    expect(table.rows).toEqual([
      { sheetRow: 2, cells: ['Ruiz, Ana', 'Says "hola"\nat the fair', '+593 2 255 0101'] },
      { sheetRow: 3, cells: ['Luis', '', ''] },
    ]);
  });

  it('when there are blank lines and lines of empty cells, then they are skipped, and row numbers still match the sheet', () => {
    const table = parseRows('\nName,Type\n\nAna,Buyer\n,\n , \nLuis,A/P\n\n');
    expect(table.headers).toEqual(['Name', 'Type']);
    expect(table.rows.map((row) => [row.sheetRow, row.cells[0]])).toEqual([
      [4, 'Ana'],
      [7, 'Luis'],
    ]);
  });

  it('when a file has 5,000 rows, then all are read; at 5,001 it is refused with what to do', () => {
    const rows = (count: number) =>
      ['Name,Type', ...Array.from({ length: count }, (_, i) => `Person ${i},Buyer`)].join('\n');
    expect(parseRows(rows(IMPORT_LIMITS.rows)).rows).toHaveLength(5000);
    expect(() => parseRows(rows(IMPORT_LIMITS.rows + 1))).toThrow(
      'The file has more than 5,000 rows; split it into files of up to 5,000.',
    );
  });

  it('when the header names hold another separator inside quotes, then the one between them counts', () => {
    const table = parseRows('"Name; full";"E-mail, work";Phone\nAna;ana@x.example;123\n');
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Name; full', 'E-mail, work', 'Phone']);
  });

  it('when the file is empty or blank, then it is refused as having no rows', () => {
    expect(() => parseRows('')).toThrow('The file has no rows.');
    expect(() => parseRows('\n\n ,\n')).toThrow('The file has no rows.');
  });
});
