// `consentgate-server`            starts the service (settings from the environment; see README)
// `consentgate-server verify F`   verifies an NDJSON export offline; exit 1 when a chain is broken
import { startService } from './service.js';
import { verifyFile } from './verify-file.js';

async function main(args: string[]): Promise<number> {
  if (args[0] === 'verify') {
    if (!args[1]) {
      console.error('usage: consentgate-server verify EXPORT.ndjson');
      return 2;
    }
    const verdict = await verifyFile(args[1]);
    console.log(JSON.stringify(verdict, null, 2));
    return verdict.ok ? 0 : 1;
  }
  if (args.length > 0 && args[0] !== 'start') {
    console.error(`unknown command "${args[0]}"; use: consentgate-server [start] | verify FILE.ndjson`);
    return 2;
  }
  const service = await startService();
  console.log(`consentgate-server: listening on ${service.url} (${service.store.db.kind})`);
  const stop = () => {
    service.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: Error) => {
    console.error(`consentgate-server: ${error.message}`);
    process.exit(1);
  },
);
