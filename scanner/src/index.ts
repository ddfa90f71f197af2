// `consentgate scan`: the package's entry, called by the consentgate bin with the arguments after "scan".
import { describe } from './analyse';
import { MissingBrowserError } from './browser';
import { parseOptions, USAGE, UsageError } from './options';
import { progress } from './progress';
import { scan } from './scan';

export { scan } from './scan';
export { parseOptions, USAGE } from './options';
export type { ScanOptions } from './options';
export type * from './types';

/** Runs the command; resolves to the exit code (0 fine, 1 leaks with --fail-on leaks, 2 usage, no browser or nothing scanned). */
export async function main(argv: readonly string[], out: NodeJS.WriteStream = process.stdout, err: NodeJS.WriteStream = process.stderr): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    out.write(USAGE);
    return 0;
  }
  try {
    const options = parseOptions(argv);
    const result = await scan(options, progress(err));
    const scanned = result.pages.filter((p) => !p.skipped).length;
    out.write(
      `consentgate scan: ${scanned} pages scanned, ${result.pages.length - scanned} skipped, ` +
        `${result.violations.length} violations, ${result.unknowns.length} to review. Written to ${options.out}/\n`,
    );
    // A scan that saw nothing proves nothing: a CI check must not pass because the site was down.
    if (scanned === 0) {
      err.write(`consentgate scan: no page could be scanned (${result.pages[0]?.skipped ?? 'no page'})\n`);
      return 2;
    }
    if (options.failOn === 'leaks' && result.violations.length) {
      err.write(`consentgate scan: leaks found:\n${result.violations.map((v) => `  ${describe(v)}`).join('\n')}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`consentgate scan: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof MissingBrowserError) {
      err.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
