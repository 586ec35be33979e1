import type { Sliced } from '../sliced';

// Text scanned, and array text handed to JSON.parse, per step: each well under a millisecond.
const PIECE_CHARS = 64 * 1024;
const PARSED_PER_STEP = 32 * 1024;
// An integer of this many digits or more may not fit a double (2^53 has 16) and stays text.
const BIG_DIGITS = 16;

/**
 * The same result as `parseJsonKeepingBigIntegers`, in steps that each take well under a
 * millisecond at any size (run it with `runSliced`), so a 14 MB customer list blocks no request.
 * The text may come in pieces, as read from the network: it is then never joined whole, which
 * alone would block for 50-100 ms at 14 MB. One linear pass finds the big integers (outside
 * strings) and, when the text is an object, the arrays among its members and where their
 * elements part. The object without those arrays' contents is then parsed in one piece, and each
 * array a few dozen kilobytes of elements at a time, every piece by JSON.parse, which also checks
 * its syntax.
 */
export function* parseJsonInSlices(text: string | readonly string[]): Sliced<unknown> {
  const scan = new Scan(typeof text === 'string' ? [text] : text);
  for (let piece = 0; piece < scan.pieces.length; piece++) {
    scan.run(piece);
    yield;
  }
  scan.finish();
  if (!scan.object) return JSON.parse(scan.quoted(0, scan.length)) as unknown;

  const { members } = scan;
  let skeleton = '';
  let from = 0;
  for (const member of members) {
    skeleton += scan.quoted(from, member.open + 1);
    from = member.close;
  }
  const result = JSON.parse(skeleton + scan.quoted(from, scan.length)) as Record<string, unknown>;
  // As JSON.parse does, the last of two members with one name wins; an earlier array is still
  // parsed, for its syntax.
  const keys = scan.keys.map(([start, end]) => JSON.parse(scan.slice(start, end)) as string);
  for (const member of members) {
    const key = keys[member.key]!;
    const items: unknown[] = [];
    const bounds = [member.open, ...member.commas, member.close];
    for (let first = 0; first < bounds.length - 1;) {
      let last = first + 1;
      while (last < bounds.length - 1 && bounds[last]! - bounds[first]! < PARSED_PER_STEP) last++;
      const elements = scan.quoted(bounds[first]! + 1, bounds[last]!);
      // `[ ]` parses, so a lone empty element between two commas must be refused here.
      if (bounds.length > 2 && last === first + 1 && !/\S/.test(elements)) {
        throw new SyntaxError(`Empty array element at position ${bounds[first]! + 1}`);
      }
      for (const item of JSON.parse(`[${elements}]`) as unknown[]) items.push(item);
      first = last;
      yield;
    }
    if (keys.lastIndexOf(key) === member.key) {
      // Defined, not assigned: a member named "__proto__" is an own property, as JSON.parse makes it.
      Object.defineProperty(result, key, {
        value: items,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return result;
}

/** An array that is a member of the top-level object: its name, brackets and element commas. */
interface ArrayMember {
  /** Which of the object's keys names it. */
  key: number;
  open: number;
  close: number;
  commas: number[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const PLUS = 0x2b;

const isDigit = (c: number) => c >= ZERO && c <= NINE;
const inNumber = (c: number) =>
  isDigit(c) || c === DOT || c === LOWER_E || c === UPPER_E || c === PLUS || c === MINUS;

/**
 * The linear pass, a piece at a time; a string or a number may go on into the next piece.
 * Positions are offsets into the whole text. It tracks nesting and strings only; JSON.parse
 * checks the rest of the syntax on the pieces. A bracket that closes the wrong thing or a string
 * left open is a SyntaxError.
 */
class Scan {
  /** The text in pieces of at most PIECE_CHARS (slices of a flat string copy nothing). */
  readonly pieces: string[] = [];
  /** Where each piece starts in the whole text. */
  private readonly starts: number[] = [];
  readonly length: number;
  /** Start and end of each integer token of BIG_DIGITS digits or more, in order. */
  readonly bigs: number[] = [];
  readonly members: ArrayMember[] = [];
  /** Where the top-level object's keys are, in order, repeated ones too. */
  readonly keys: [start: number, end: number][] = [];
  /** Whether the text is an object (then its member arrays are parsed a piece at a time). */
  readonly object: boolean;
  private readonly open: number[] = [];
  private expectingKey = false;
  private member: ArrayMember | undefined;
  /** Inside a string literal that opened at this position, or -1. */
  private stringStart = -1;
  /** The string's next character is escaped by a backslash at the end of the last piece. */
  private escaped = false;
  /** A number token that opened at this position and goes on, or -1. */
  private numberStart = -1;
  private numberDigits = 0;
  private numberInteger = true;

  constructor(text: readonly string[]) {
    let length = 0;
    for (const whole of text) {
      for (let at = 0; at < whole.length; at += PIECE_CHARS) {
        this.pieces.push(whole.length <= PIECE_CHARS ? whole : whole.slice(at, at + PIECE_CHARS));
        this.starts.push(length + at);
      }
      length += whole.length;
    }
    this.length = length;
    const first = this.pieces.find((piece) => /\S/.test(piece)) ?? '';
    this.object = /^\s*\{/.test(first);
  }

  run(index: number): void {
    const piece = this.pieces[index]!;
    const base = this.starts[index]!;
    const { open } = this;
    let i = 0;
    if (this.stringStart >= 0) i = this.stringEnd(piece, base, 0);
    else if (this.numberStart >= 0) i = this.numberEnd(piece, base, 0);
    while (i < piece.length) {
      const c = piece.charCodeAt(i);
      if (c === QUOTE) {
        this.stringStart = base + i;
        i = this.stringEnd(piece, base, i + 1);
      } else if (c === MINUS || isDigit(c)) {
        this.numberStart = base + i;
        this.numberDigits = 0;
        this.numberInteger = true;
        i = this.numberEnd(piece, base, c === MINUS ? i + 1 : i);
      } else {
        const at = base + i;
        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          open.push(c);
          if (open.length === 1) this.expectingKey = c === OPEN_BRACE;
          if (open.length === 2 && c === OPEN_BRACKET && this.object && open[0] === OPEN_BRACE) {
            if (this.keys.length === 0) throw new SyntaxError(`Unexpected '[' at position ${at}`);
            this.member = { key: this.keys.length - 1, open: at, close: -1, commas: [] };
          }
        } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          const opener = open.pop();
          if (opener !== (c === CLOSE_BRACE ? OPEN_BRACE : OPEN_BRACKET)) {
            throw new SyntaxError(`Unexpected '${String.fromCharCode(c)}' at position ${at}`);
          }
          if (open.length === 1 && this.member) {
            this.member.close = at;
            this.members.push(this.member);
            this.member = undefined;
          }
        } else if (c === COMMA) {
          if (open.length === 2 && this.member) this.member.commas.push(at);
          else if (open.length === 1) this.expectingKey = open[0] === OPEN_BRACE;
        }
        i++;
      }
    }
  }

  finish(): void {
    if (this.stringStart >= 0) {
      throw new SyntaxError(`Unterminated string at position ${this.stringStart}`);
    }
    if (this.numberStart >= 0) this.numberDone(this.length);
    if (this.open.length > 0) throw new SyntaxError('Unexpected end of JSON input');
  }

  /** The whole text's `[start, end)`, joined from the pieces it spans. */
  slice(start: number, end: number): string {
    const { pieces, starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    let out = '';
    for (let k = lo; k < pieces.length && starts[k]! < end; k++) {
      out += pieces[k]!.slice(Math.max(0, start - starts[k]!), end - starts[k]!);
    }
    return out;
  }

  /** `slice(start, end)` with every big integer in it written as a string literal. */
  quoted(start: number, end: number): string {
    const { bigs } = this;
    let lo = 0;
    let hi = bigs.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (bigs[2 * mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    let out = '';
    let from = start;
    for (let k = 2 * lo; k < bigs.length && bigs[k]! < end; k += 2) {
      out += `${this.slice(from, bigs[k]!)}"${this.slice(bigs[k]!, bigs[k + 1]!)}"`;
      from = bigs[k + 1]!;
    }
    return out + this.slice(from, end);
  }

  /**
   * Where the open string ends in `piece` (at `base` in the whole text), searching from `from`:
   * the index after its closing quote, or the piece's length when it goes on into the next piece.
   */
  private stringEnd(piece: string, base: number, from: number): number {
    const start = this.escaped ? from + 1 : from;
    this.escaped = false;
    const backslashesBefore = (at: number) => {
      let run = 0;
      while (at - 1 - run >= start && piece.charCodeAt(at - 1 - run) === BACKSLASH) run++;
      return run;
    };
    for (let quote = piece.indexOf('"', start); quote >= 0; quote = piece.indexOf('"', quote + 1)) {
      if (backslashesBefore(quote) % 2 === 1) continue;
      if (this.expectingKey && this.open.length === 1) {
        this.keys.push([this.stringStart, base + quote + 1]);
        this.expectingKey = false;
      }
      this.stringStart = -1;
      return quote + 1;
    }
    // It goes on, escaped if the piece ends in an odd run of backslashes.
    this.escaped = start <= piece.length && backslashesBefore(piece.length) % 2 === 1;
    return piece.length;
  }

  /** Where the open number token ends in `piece`, scanning from `from`; notes a big integer. */
  private numberEnd(piece: string, base: number, from: number): number {
    let i = from;
    if (this.numberInteger) {
      const digitsFrom = i;
      while (isDigit(piece.charCodeAt(i))) i++;
      this.numberDigits += i - digitsFrom;
      if (i < piece.length) {
        const next = piece.charCodeAt(i);
        if (next === DOT || next === LOWER_E || next === UPPER_E) this.numberInteger = false;
      }
    }
    if (!this.numberInteger) while (inNumber(piece.charCodeAt(i))) i++;
    if (i === piece.length) return i;
    this.numberDone(base + i);
    return i;
  }

  private numberDone(end: number): void {
    if (this.numberInteger && this.numberDigits >= BIG_DIGITS)
      this.bigs.push(this.numberStart, end);
    this.numberStart = -1;
  }
}
