import type { Response } from 'express';
import { runSliced, type Sliced } from '../../sliced';
import type { Answer } from './handlers';

/** Below this a list is written at once: well under a slice of JSON.stringify. */
export const SLICED_OVER = 1000;
const ITEMS_PER_STEP = 100;

function* writeList(res: Response, items: readonly unknown[]): Sliced<void> {
  for (let start = 0; start < items.length && !res.destroyed; start += ITEMS_PER_STEP) {
    const piece = items.slice(start, start + ITEMS_PER_STEP).map((item) => JSON.stringify(item));
    res.write((start === 0 ? '' : ',') + piece.join(','));
    yield;
  }
}

/**
 * Sends `answer` as `res.json` would, with its long list (`list`, 100,000 customers: 14 MB of
 * JSON) written a hundred items at a time between other requests. The simulator serves the app
 * from the app's own process when no token is set, so one JSON.stringify of the whole list would
 * stall every request for a few hundred milliseconds (issue 9: no stall over 50 ms).
 */
export async function sendSliced(res: Response, answer: Answer, list: string): Promise<void> {
  const items = answer[list] as readonly unknown[];
  const head = JSON.stringify({ ...answer, [list]: undefined });
  res.status(200).type('json');
  res.write(`${head.slice(0, -1)}${head === '{}' ? '' : ','}${JSON.stringify(list)}:[`);
  await runSliced(writeList(res, items));
  res.end(']}');
}
