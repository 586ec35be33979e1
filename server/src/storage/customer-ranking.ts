import { foldText } from '../contract';
import type { IndexBlock } from './index-block';
import type { JoinedText } from './joined-text';

// Lower is better: exact id or code, then name prefix, code prefix, a word of the name, anywhere
// in the name (from two letters on), all words of a several-word query.
export const EXACT = 0;
const NAME_PREFIX = 1;
const CODE_PREFIX = 2;
const WORD_PREFIX = 3;
const NAME_CONTAINS = 4;
const ALL_WORDS = 5;
export const RANKS = 6;
export const NO_MATCH = 255;
const SPACE = 0x20;

export interface Query {
  /** Folded, as names and codes are in the index. */
  text: string;
  /** One Latin letter "anywhere" would match most of the company: only starts of names and words. */
  oneLetter: boolean;
  /** The words of a several-word query, and its longest, scanned for first. */
  words: string[];
  longest: string;
}

export function parseQuery(typed: string): Query | undefined {
  const text = foldText(typed);
  if (!text) return undefined;
  const words = text.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  // One CJK character is a word in itself and keeps the general rule.
  return { text, oneLetter: /^[a-z0-9]$/.test(text), words, longest };
}

/**
 * Gives each customer of `block` that `query` matches its best rank in `ranks` (which must hold
 * NO_MATCH for all of them on entry); says whether any matched. Plain loops, not callbacks: this
 * runs for every block on every keystroke.
 */
export function markMatches(block: IndexBlock, query: Query, ranks: Uint8Array): boolean {
  const { text } = query;
  let matched = markCodes(block.codes, text, ranks);
  if (query.oneLetter) matched = markInitials(block.initials, text, ranks) || matched;
  else matched = markAnywhere(block.names, text, ranks) || matched;
  if (query.words.length > 1) matched = markAllWords(block.names, query, ranks) || matched;
  return matched;
}

/** Index of the text holding offset `at`, walking on from `from`: matches come in order. */
function owner(joined: JoinedText, from: number, at: number): number {
  const { starts, length } = joined;
  let index = from;
  while (index + 1 < length && starts[index + 1]! <= at) index++;
  return index;
}

/**
 * Codes starting with `text`, EXACT when it is all of the code. The scan is for the text alone,
 * not "\n" + text: a '\n' opens every code, and stopping at each costs more than the few matches
 * inside a code.
 */
function markCodes(codes: JoinedText, text: string, ranks: Uint8Array): boolean {
  const { text: joined, starts } = codes;
  let matched = false;
  let index = 0;
  let at = joined.indexOf(text);
  while (at !== -1) {
    index = owner(codes, index, at);
    const end = codes.end(index);
    if (at === starts[index]) {
      const rank = end - at === text.length ? EXACT : CODE_PREFIX;
      if (rank < ranks[index]!) ranks[index] = rank;
      matched = true;
    }
    at = joined.indexOf(text, end);
  }
  return matched;
}

/** Names that start with `letter`, or have a word that does. */
function markInitials(initials: JoinedText, letter: string, ranks: Uint8Array): boolean {
  const { text, starts } = initials;
  let index = 0;
  let at = text.indexOf(letter);
  if (at === -1) return false;
  while (at !== -1) {
    index = owner(initials, index, at);
    const rank = at === starts[index] ? NAME_PREFIX : WORD_PREFIX;
    if (rank < ranks[index]!) ranks[index] = rank;
    at = text.indexOf(letter, at + 1);
  }
  return true;
}

/**
 * Every occurrence, not just the first per name: a later one may start a word ("la" in "Flores
 * la Sabana"). Hops between occurrences are native scans, so this stays cheap.
 */
function markAnywhere(names: JoinedText, needle: string, ranks: Uint8Array): boolean {
  const { text, starts } = names;
  let index = 0;
  let at = text.indexOf(needle);
  if (at === -1) return false;
  while (at !== -1) {
    index = owner(names, index, at);
    const rank =
      at === starts[index]
        ? NAME_PREFIX
        : text.charCodeAt(at - 1) === SPACE
          ? WORD_PREFIX
          : NAME_CONTAINS;
    if (rank < ranks[index]!) ranks[index] = rank;
    at = text.indexOf(needle, at + 1);
  }
  return true;
}

function markAllWords(names: JoinedText, query: Query, ranks: Uint8Array): boolean {
  const { text, starts } = names;
  let matched = false;
  let index = 0;
  let at = text.indexOf(query.longest);
  while (at !== -1) {
    index = owner(names, index, at);
    const end = names.end(index);
    const name = text.slice(starts[index], end);
    if (query.words.every((word) => name.includes(word))) {
      if (ALL_WORDS < ranks[index]!) ranks[index] = ALL_WORDS;
      matched = true;
    }
    at = text.indexOf(query.longest, end);
  }
  return matched;
}
