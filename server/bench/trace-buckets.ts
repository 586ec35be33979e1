/**
 * Where a page's main thread spends a stretch of time, from a Chromium trace (the JSON that
 * Playwright's browser.stopTracing returns): each slice's self time goes to one bucket.
 */

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { startTime?: number } };
}

export const OTHER = 'browser work (loading, IPC, set-up)';
export const IDLE = 'main thread idle (network)';
const RUN = 'run JS (modules, React, app)';
/** V8 keeps source positions for the trace's stacks: a cost of measuring, not of the page. */
const TRACING = 'tracing itself';

/** First match wins: V8's GC, compile and set-up events before the rest of V8's. */
const PATTERNS: readonly (readonly [string, RegExp])[] = [
  [TRACING, /CollectSourcePositions/],
  // A new page's JS context.
  [OTHER, /DeserializeContext/],
  ['garbage collection', /GC|Sweep|Marking|Scavenge/],
  ['compile JS', /compile|V8\.(Pre)?Parse|produce(Module)?Cache/i],
  ['parse HTML and CSS', /ParseHTML|ParseAuthorStyleSheet|DocumentParser/],
  [
    RUN,
    /^(v8|V8)\.|EvaluateScript|FunctionCall|RunMicrotasks|MicrotaskCheckpoint|TimerFire|EventDispatch|FireAnimationFrame|FireIdleCallback/,
  ],
  ['style and layout', /UpdateLayoutTree|RecalculateStyles|^Layout$/],
  ['paint and composite', /Paint|Layerize|^Commit$|CompositeLayers|UpdateLayer/],
];

/** In the order a page goes through them. */
export const BUCKETS = [
  'parse HTML and CSS',
  'compile JS',
  RUN,
  'garbage collection',
  'style and layout',
  'paint and composite',
  OTHER,
  TRACING,
  IDLE,
] as const;

const bucketOf = (name: string) => PATTERNS.find(([, pattern]) => pattern.test(name))?.[0] ?? OTHER;

export function parseTrace(json: Buffer): TraceEvent[] {
  const parsed = JSON.parse(json.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** The mark the page left (performance.mark), which names its main thread and its clock. */
function findMark(events: readonly TraceEvent[], mark: string) {
  const found = events.find((event) => event.name === mark && event.args?.data?.startTime);
  if (!found) throw new Error(`no ${mark} mark in the trace`);
  // Trace time is µs; the page's performance.now() is ms from its navigation's start.
  return { ...found, origin: found.ts - found.args!.data!.startTime! * 1000 };
}

/**
 * Milliseconds per bucket in each span (page milliseconds, e.g. [0, domContentLoaded]) on the
 * thread that left `mark`: each slice counts its duration less its children's, all cut to the span.
 * What no slice covers is idle: the page waits for the network.
 */
export function bucketTimes(
  events: readonly TraceEvent[],
  mark: string,
  spans: readonly (readonly [number, number])[],
): Map<string, number[]> {
  const found = findMark(events, mark);
  const slices = events
    .filter(
      (e) => e.ph === 'X' && e.dur !== undefined && e.pid === found.pid && e.tid === found.tid,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const end = (slice: TraceEvent) => slice.ts + slice.dur!;
  const times = new Map<string, number[]>(BUCKETS.map((name) => [name, spans.map(() => 0)]));
  spans.forEach(([from, to], index) => {
    const [start, stop] = [found.origin + from * 1000, found.origin + to * 1000];
    const inSpan = (slice: TraceEvent) =>
      Math.max(0, Math.min(stop, end(slice)) - Math.max(start, slice.ts));
    const add = (bucket: string, micros: number) => (times.get(bucket)![index]! += micros / 1000);
    const stack: TraceEvent[] = [];
    let busy = 0;
    for (const slice of slices) {
      while (stack.length > 0 && end(stack.at(-1)!) <= slice.ts) stack.pop();
      const parent = stack.at(-1);
      add(bucketOf(slice.name), inSpan(slice));
      if (parent) add(bucketOf(parent.name), -inSpan(slice));
      else busy += inSpan(slice);
      stack.push(slice);
    }
    add(IDLE, stop - start - busy);
  });
  return times;
}
