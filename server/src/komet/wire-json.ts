import { runToEnd } from '../sliced';
import { parseJsonInSlices } from './sliced-json';

/**
 * JSON as Komet's integers need it. Ids have up to 20 digits (KOMET-API.md), past what a JavaScript
 * number holds exactly, so they must never pass through `Number`.
 */

const DIGITS = /^\d{1,20}$/;

/**
 * Serialises `fields` with the given digit strings written as bare JSON integers first, so that a
 * 20-digit id reaches Komet exactly as typed.
 */
export function stringifyWithIntegers(
  integers: Record<string, string>,
  fields: Record<string, unknown>,
): string {
  const parts = Object.entries(integers).map(([key, digits]) => {
    if (!DIGITS.test(digits)) throw new TypeError(`${key} must be 1 to 20 digits`);
    return `${JSON.stringify(key)}:${BigInt(digits).toString()}`;
  });
  const rest = JSON.stringify(fields).slice(1, -1);
  if (rest) parts.push(rest);
  return `{${parts.join(',')}}`;
}

/**
 * Parses JSON, turning every integer too long for a double into a digit string, so big ids survive.
 * Shorter numbers stay numbers; text inside string literals is never touched. In one piece: for
 * request-sized text. An answer that may be large goes through `parseJsonInSlices`.
 */
export function parseJsonKeepingBigIntegers(text: string): unknown {
  return runToEnd(parseJsonInSlices(text));
}
