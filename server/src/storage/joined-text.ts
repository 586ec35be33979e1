/**
 * Many short texts joined into one string, '\n' before each, so a search scans them all with the
 * engine's native `indexOf` instead of one call per text. Queries never contain '\n' (search text
 * is folded to single spaces), so a match never spans two texts.
 */
export class JoinedText {
  readonly text: string;
  /** Offset of each text's first character in `text`. */
  readonly starts: Uint32Array;

  constructor(texts: readonly string[]) {
    this.starts = new Uint32Array(texts.length);
    let offset = 0;
    texts.forEach((value, index) => {
      this.starts[index] = offset + 1;
      offset += value.length + 1;
    });
    this.text = texts.length ? `\n${texts.join('\n')}` : '';
  }

  /** End (exclusive) of text `index`. */
  end(index: number): number {
    return index + 1 < this.starts.length ? this.starts[index + 1]! - 1 : this.text.length;
  }

  /**
   * Calls `visit(index, at)` for each text holding `needle`, in order, with the first position of
   * the needle in it; `visit` returns where to search next. A needle starting with '\n' matches
   * at the start of a text only, and belongs to the text after that '\n'.
   */
  forEachMatch(needle: string, visit: (index: number, at: number) => number): void {
    const lead = needle.startsWith('\n') ? 1 : 0;
    let index = 0;
    let at = this.text.indexOf(needle);
    while (at !== -1) {
      // Matches come in increasing order, so the owning text is found by walking forward.
      while (index + 1 < this.starts.length && this.starts[index + 1]! <= at + lead) index++;
      at = this.text.indexOf(needle, Math.max(visit(index, at + lead), at + 1));
    }
  }
}
