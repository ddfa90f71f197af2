// Builds every output, then prints each one's raw and gzip -9 size.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { outputSizes } from './sizes.mjs';

rmSync('dist', { recursive: true, force: true });
const bin = (name) => `node_modules/.bin/${name}`;
execFileSync(bin('rollup'), ['-c', '--silent'], { stdio: 'inherit' });
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });

console.log('\noutput                         raw bytes   gzip -9 bytes');
for (const { file, raw, gzip } of outputSizes()) {
  console.log(`${file.padEnd(30)} ${String(raw).padStart(9)}   ${String(gzip).padStart(13)}`);
}
