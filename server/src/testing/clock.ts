/** A clock tests move by hand: sessions, lock-outs, the audit trail and the budget read it. */
export function testClock(startIso: string) {
  let now = Date.parse(startIso);
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
