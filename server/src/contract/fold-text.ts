/**
 * Folds text for comparing and searching: case and Latin accents ignored (é → e, Ø stays ø), spaces collapsed.
 * Only the combining diacritics block is dropped, so Japanese voicing marks and the like survive.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
