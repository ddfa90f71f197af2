#!/usr/bin/env node
// consentgate's command line. `consentgate gpc-json [--date YYYY-MM-DD]` prints the GPC support
// resource (w3c/gpc §4) for the site to serve at /.well-known/gpc.json as application/json.
// `consentgate scan <url> …` is handed to the @consentgate/scanner package, installed apart, so
// users of the browser library alone download none of it.
import { argv, exit, stderr, stdout } from 'node:process';

const USAGE = `Usage: consentgate gpc-json [--date YYYY-MM-DD]
       consentgate scan <url> [options]   (consentgate scan --help for its options)

  gpc-json   Print /.well-known/gpc.json: {"gpc": true, "lastUpdate": "<date>"}.
             Serve it as application/json. --date is when your GPC handling last
             changed (default: today, UTC).
`;

/** An RFC 3339 full-date that names a real day. */
function isFullDate(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function gpcJson(args) {
  let date = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = arg === '--date' ? args[++i] : arg.startsWith('--date=') ? arg.slice(7) : undefined;
    if (value === undefined) return fail(`unknown argument "${arg}"`);
    if (!isFullDate(value)) return fail(`--date must be a date as YYYY-MM-DD, got "${value}"`);
    date = value;
  }
  stdout.write(`${JSON.stringify({ gpc: true, lastUpdate: date }, null, 2)}\n`);
  return 0;
}

function fail(message) {
  stderr.write(`consentgate: ${message}\n\n${USAGE}`);
  return 2;
}

/** The scanner, if it is installed and built; otherwise what to run. */
async function scan(args) {
  let scanner;
  try {
    scanner = await import('@consentgate/scanner');
  } catch (error) {
    // Only the package's own absence gets the hint; any other failure is a bug to see whole.
    if (!/@consentgate\/scanner|scanner\/dist/.test(String(error?.message))) throw error;
    stderr.write(
      `consentgate: the scan command needs the @consentgate/scanner package (${error.code ?? error.message}).\n` +
        'In this repository: npm install && npm run build --workspace @consentgate/scanner\n',
    );
    return 2;
  }
  return scanner.main(args);
}

const [command, ...rest] = argv.slice(2);
if (command === 'gpc-json') exit(gpcJson(rest));
if (command === 'scan') exit(await scan(rest));
if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  stdout.write(USAGE);
  exit(command === undefined ? 2 : 0);
}
exit(fail(`unknown command "${command}"`));
