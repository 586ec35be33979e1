/**
 * Many short texts joined into one string, '\n' before each, so a search scans them all with the
 * engine's native `indexOf` instead of one call per text. Queries never contain '\n' (search text
 * is folded to single spaces), so a match never spans two texts.
 */
export class JoinedText {
  private joined: string;
  /** Offset of each text's first character in `text`; room to spare past `length`. */
  private offsets: Uint32Array;
  private count: number;

  constructor(texts: readonly string[]) {
    this.count = texts.length;
    this.offsets = new Uint32Array(texts.length);
    let offset = 0;
    texts.forEach((value, index) => {
      this.offsets[index] = offset + 1;
      offset += value.length + 1;
    });
    this.joined = texts.length ? `\n${texts.join('\n')}` : '';
  }

  get text(): string {
    return this.joined;
  }

  /** Only the first `length` entries count. */
  get starts(): Uint32Array {
    return this.offsets;
  }

  get length(): number {
    return this.count;
  }

  /** End (exclusive) of text `index`. */
  end(index: number): number {
    return index + 1 < this.count ? this.offsets[index + 1]! - 1 : this.joined.length;
  }

  values(): string[] {
    return this.joined ? this.joined.slice(1).split('\n') : [];
  }

  /**
   * Puts `value` before text `index`. The string is rebuilt from two slices, which V8 keeps as a
   * rope until the next scan flattens it: the cost stays proportional to this text, not to all.
   * Offsets shift in place, so a change allocates no new array (and makes no work for the GC).
   */
  insert(index: number, value: string): void {
    const at = index < this.count ? this.offsets[index]! - 1 : this.joined.length;
    this.joined = `${this.joined.slice(0, at)}\n${value}${this.joined.slice(at)}`;
    if (this.count === this.offsets.length) {
      const grown = new Uint32Array(Math.max(16, this.count * 2));
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const shift = value.length + 1;
    for (let i = this.count; i > index; i--) this.offsets[i] = this.offsets[i - 1]! + shift;
    this.offsets[index] = at + 1;
    this.count++;
  }

  remove(index: number): void {
    const at = this.offsets[index]! - 1;
    const shift = this.end(index) - at;
    this.joined = this.joined.slice(0, at) + this.joined.slice(at + shift);
    this.count--;
    for (let i = index; i < this.count; i++) this.offsets[i] = this.offsets[i + 1]! - shift;
  }
}
