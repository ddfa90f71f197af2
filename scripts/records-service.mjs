// Starts the consent records service (server/) as a child process for `npm start` and the
// browser tests: compiles it first (tsc, incremental), then runs its own command and waits
// for it to listen. Resolves to { url, stop }.
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function buildRecordsService() {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'server/tsconfig.json'], { stdio: 'inherit' });
}

/** `env` is the service's environment (PORT, CONSENTGATE_DATA, CONSENTGATE_ORIGINS, …). */
export function startRecordsService(env, { log = () => undefined } = {}) {
  buildRecordsService();
  const child = spawn(process.execPath, ['server/bin/consentgate-server.mjs'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n').filter(Boolean)) log(line);
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        output = '';
        resolve({
          url: match[1],
          async stop() {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exited.then((code) => reject(new Error(`the records service exited (${code}):\n${output}`)));
  });
}
