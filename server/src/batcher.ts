// Group commit: receipts that arrive together, or while a transaction is running, go into one
// transaction, so one commit acknowledges many. A lone receipt is written at once (no timer),
// and every caller hears back only after the commit that holds its receipt. `write` may answer
// an Error for some items (their part failed) and outcomes for the rest.
export function batcher<In, Out>(write: (batch: In[]) => Promise<(Out | Error)[]>, max = 500) {
  let queue: { item: In; done: (out: Out) => void; fail: (error: unknown) => void }[] = [];
  let running = false;
  const drain = async () => {
    while (queue.length > 0) {
      const batch = queue.slice(0, max);
      queue = queue.slice(batch.length);
      try {
        const outs = await write(batch.map((b) => b.item));
        batch.forEach((b, i) => {
          const out = outs[i]!;
          if (out instanceof Error) b.fail(out);
          else b.done(out);
        });
      } catch (error) {
        batch.forEach((b) => b.fail(error));
      }
    }
    running = false;
  };
  return {
    push(item: In): Promise<Out> {
      return new Promise<Out>((done, fail) => {
        queue.push({ item, done, fail });
        // Started after this turn's I/O callbacks, so requests that arrived together share
        // the first commit too, not only the ones after it.
        if (!running) {
          running = true;
          setImmediate(() => void drain());
        }
      });
    },
    /** Resolves once everything queued so far is written (or failed). */
    async idle(): Promise<void> {
      while (running || queue.length > 0) await new Promise((r) => setTimeout(r, 5));
    },
  };
}
