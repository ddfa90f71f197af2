// `consentgate scan <url> [options]`: every problem names the flag and what it expects.

export interface ScanOptions {
  url: string;
  pages: number;
  out: string;
  config?: string;
  failOn?: 'leaks';
  browserArgs: string[];
  concurrency: number;
  /** Seconds per page load. */
  timeout: number;
  /** Milliseconds to wait for a page to settle after it loads, scrolls or takes a choice. */
  settle: number;
}

export const USAGE = `Usage: consentgate scan <url> [options]

  Visits up to --pages pages of the site in Chromium, each four times in a fresh browser
  (no choice, after Reject all, after Accept all, with GPC on), and writes scan.json,
  report.html, consentgate.config.json and gating.html into --out.

  --pages N            pages to visit, same-site links breadth first (default 20)
  --out DIR            output folder (default ./consentgate-scan)
  --config FILE        a consentgate config (JSON) to audit against
  --fail-on leaks      exit 1 when anything non-necessary is set or requested before
                       consent, after Reject all or under GPC (for CI)
  --browser-arg FLAG   passed to Chromium; repeatable (a proxy, --host-resolver-rules …)
  --concurrency N      pages scanned at a time (default 2)
  --timeout S          seconds for one page to load (default 30)
  --settle MS          wait after load, scroll and choice (default 2000)

  Chromium: /usr/bin/chromium, or the one CHROMIUM_PATH names.
`;

export class UsageError extends Error {}

const positive = (flag: string, value: string | undefined, max: number): number => {
  const n = Number(value);
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value) || !(n > 0) || n > max) {
    throw new UsageError(`${flag} must be a number from 1 to ${max}, got ${value === undefined ? 'nothing' : `"${value}"`}`);
  }
  return n;
};

export function parseOptions(argv: readonly string[]): ScanOptions {
  const options: Partial<ScanOptions> & { browserArgs: string[] } = { browserArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : argv[++i]);
    switch (flag) {
      case '--pages': options.pages = Math.floor(positive(flag, value(), 10_000)); break;
      case '--concurrency': options.concurrency = Math.floor(positive(flag, value(), 16)); break;
      case '--timeout': options.timeout = positive(flag, value(), 600); break;
      case '--settle': {
        const v = value();
        if (v === undefined || !/^\d+$/.test(v) || Number(v) > 60_000) throw new UsageError(`--settle must be milliseconds from 0 to 60000, got "${v ?? ''}"`);
        options.settle = Number(v);
        break;
      }
      case '--out': options.out = required(flag, value()); break;
      case '--config': options.config = required(flag, value()); break;
      case '--browser-arg': options.browserArgs.push(required(flag, value())); break;
      case '--fail-on': {
        const v = value();
        if (v !== 'leaks') throw new UsageError(`--fail-on takes "leaks", got "${v ?? ''}"`);
        options.failOn = v;
        break;
      }
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
        if (options.url) throw new UsageError(`one URL only, got "${options.url}" and "${arg}"`);
        options.url = arg;
    }
  }
  if (!options.url) throw new UsageError('the URL to scan is missing');
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new UsageError(`"${options.url}" is not a URL (write it with http:// or https://)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`the URL must be http or https, got "${url.protocol}"`);
  return {
    pages: 20,
    out: './consentgate-scan',
    concurrency: 2,
    timeout: 30,
    settle: 2000,
    ...options,
    url: url.href,
  };
}

function required(flag: string, value: string | undefined): string {
  if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
  return value;
}
