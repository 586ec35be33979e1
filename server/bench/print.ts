/** Plain-text output: section titles and aligned tables, readable in a terminal or a Markdown file. */

export function section(title: string): void {
  console.log(`\n## ${title}\n`);
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${widths.map((width, column) => (cells[column] ?? '').padEnd(width)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

export function note(text: string): void {
  console.log(`\n${text}`);
}

/** A reading against a target, not an assertion: the bench always exits 0 when it ran. */
export const reading = (met: boolean) => (met ? 'meets target' : 'MISSES target');
