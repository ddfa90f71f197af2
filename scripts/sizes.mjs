// Measures the built outputs the way the README and the size budgets quote them: gzip level 9.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipSize(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

export function outputSizes(dir = 'dist') {
  const files = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'types') walk(path);
      } else if (name.endsWith('.js')) files.push(path);
    }
  };
  walk(dir);
  return files.map((file) => ({ file, raw: statSync(file).size, gzip: gzipSize(file) }));
}
