// Reads a Chromium trace (browser.startTracing) for one page load and sums the main-thread
// time spent in JavaScript: compiling and evaluating scripts, and the callbacks they leave
// behind (timers, events, frames, microtasks). The same page without a CMP gives the
// baseline, so the difference is what the CMP costs.
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute'];

// Events that are JavaScript running on the main thread. Nested ones (v8.compile inside
// EvaluateScript, FunctionCall inside TimerFire) are folded by merging intervals.
const SCRIPT = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule']);
const COMPILE = new Set(['v8.compile', 'v8.compileModule']);

/** Total length of the union of [start, end) intervals. */
function covered(intervals) {
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of intervals.sort((a, b) => a[0] - b[0])) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

/**
 * For the document at `pageUrl` (null when it is not in the trace):
 * - scriptMs: main-thread CPU time in JavaScript (trace "thread time", tts/tdur). On a busy
 *   machine the OS takes the CPU away mid-script; wall-clock time counts those gaps,
 *   thread time does not, so it is the steadier figure.
 * - scriptWallMs: the same events in wall-clock time.
 * - compileMs: the part spent in top-level compiles (thread time).
 */
export function scriptTime(buffer, pageUrl) {
  const { traceEvents: events } = JSON.parse(buffer.toString('utf8'));
  // The page's main thread: where its HTML was parsed. Its first ParseHTML starts the window,
  // so work left over from the blank page Playwright opens first is not counted.
  const parse = events
    .filter((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl)
    .sort((a, b) => a.ts - b.ts)[0];
  if (!parse) return null;
  const onMain = events.filter(
    (e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.ts >= parse.ts && SCRIPT.has(e.name),
  );
  const thread = onMain.filter((e) => typeof e.tts === 'number' && typeof e.tdur === 'number');
  const compile = thread.filter((e) => COMPILE.has(e.name)).reduce((sum, e) => sum + e.tdur, 0);
  return {
    scriptMs: covered(thread.map((e) => [e.tts, e.tts + e.tdur])) / 1000,
    scriptWallMs: covered(onMain.map((e) => [e.ts, e.ts + (e.dur ?? 0)])) / 1000,
    compileMs: compile / 1000,
  };
}
