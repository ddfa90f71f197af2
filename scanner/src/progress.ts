// A progress bar on a terminal (pages done of total, the current state); plain lines otherwise.
import type { StateId } from './types';

export interface Progress {
  visit(page: string, state: StateId): void;
  pageDone(page: string, note?: string): void;
  setTotal(total: number): void;
  end(): void;
}

export function progress(stream: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  let done = 0;
  let total = 0;
  const tty = Boolean(stream.isTTY);
  const bar = (label: string) => {
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : 0;
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} pages  ${label}`;
    stream.write(`\r${line.slice(0, (stream.columns || 100) - 1).padEnd((stream.columns || 100) - 1)}`);
  };
  return {
    setTotal(n) {
      total = n;
    },
    visit(page, state) {
      if (!quiet && tty) bar(`${state.padEnd(9)} ${page}`);
    },
    pageDone(page, note) {
      done++;
      if (quiet) return;
      if (tty) bar(note ? `skipped ${page}: ${note}` : page);
      else stream.write(`consentgate scan: ${done}/${total} ${page}${note ? ` skipped: ${note}` : ''}\n`);
    },
    end() {
      if (!quiet && tty) stream.write('\n');
    },
  };
}
