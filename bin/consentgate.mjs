#!/usr/bin/env node
// consentgate's command line. `consentgate gpc-json [--date YYYY-MM-DD]` prints the GPC support
// resource (w3c/gpc §4) for the site to serve at /.well-known/gpc.json as application/json.
import { argv, exit, stderr, stdout } from 'node:process';

const USAGE = `Usage: consentgate gpc-json [--date YYYY-MM-DD]

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

const [command, ...rest] = argv.slice(2);
if (command === 'gpc-json') exit(gpcJson(rest));
if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  stdout.write(USAGE);
  exit(command === undefined ? 2 : 0);
}
exit(fail(`unknown command "${command}"`));
