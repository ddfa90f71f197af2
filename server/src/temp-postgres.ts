// A throw-away Postgres 15 server for the tests and the bench (the service never uses it):
// initdb in a temporary directory, pg_ctl on a free port of 127.0.0.1 with its unix socket in
// that directory, stopped and deleted afterwards. initdb refuses to run as root, so as root it
// runs as `postgres` (Debian's package user) or `nobody`, owning the directory.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface TempPostgres {
  url: string;
  dir: string;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function runAs(): string | null {
  if (process.getuid?.() !== 0) return null;
  const known = spawnSync('id', ['-u', 'postgres']).status === 0;
  return known ? 'postgres' : 'nobody';
}

export async function startTempPostgres(options: { fsync?: boolean } = {}): Promise<TempPostgres> {
  if (!existsSync(join(PG_BIN, 'initdb')))
    throw new Error(`${PG_BIN}/initdb is missing: install Debian's postgresql (apt-get install -y postgresql) or set PG_BIN`);
  const dir = mkdtempSync(join(tmpdir(), 'consentgate-pg-'));
  const user = runAs();
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = user ? ['runuser', ['-u', user, '--', join(PG_BIN, cmd), ...args]] : [join(PG_BIN, cmd), args];
    execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  if (user) {
    execFileSync('chown', ['-R', user, dir]);
    chmodSync(dir, 0o700);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-U', 'consentgate', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    const settings = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", '-c max_connections=60'];
    if (options.fsync === false) settings.push('-c fsync=off');
    run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', settings.join(' '), 'start']);
  } catch (error) {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start Postgres: ${(error as Error).message}\n${log}`);
  }
  return {
    url: `postgres://consentgate@127.0.0.1:${port}/postgres`,
    dir,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
