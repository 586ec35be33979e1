// Letters that are not a base letter plus an accent, so NFD leaves them whole.
const LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ß: 'ss',
  þ: 'th',
  ı: 'i',
};

/**
 * Folds text for comparing and searching: case and Latin accents ignored (é → e, Ø → o, ß → ss), spaces collapsed.
 * Only the combining diacritics block is dropped, so Japanese voicing marks and the like survive.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øæœłđßþı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}
