// Enforces the import directions of ARCHITECTURE.md, so a wrong arrow fails CI.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const SRC = resolve('src');

/** Which layers each layer may import (besides itself). A door import means the folder's index.ts. */
const ALLOWED: Record<string, { layers: string[]; packages: string[] }> = {
  'types.ts': { layers: [], packages: [] },
  utils: { layers: [], packages: [] },
  core: { layers: ['utils', 'types.ts'], packages: [] },
  storage: { layers: ['utils', 'types.ts', 'core'], packages: ['js-cookie'] },
  gate: { layers: ['core', 'utils', 'types.ts'], packages: [] },
  integrations: { layers: ['core', 'utils', 'types.ts'], packages: [] },
  ui: { layers: ['core', 'utils', 'types.ts'], packages: ['preact'] },
  browser: { layers: ['core', 'storage', 'utils', 'types.ts'], packages: [] },
  embed: { layers: ['core', 'storage', 'gate', 'integrations', 'ui', 'browser', 'utils', 'types.ts'], packages: [] },
  'index.ts': { layers: ['core', 'storage', 'gate', 'browser', 'types.ts'], packages: [] },
};

/** Layers that others may enter only through their index.ts. */
const DOORS = new Set(['core', 'storage', 'gate', 'integrations', 'ui', 'browser']);

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const layerOf = (file: string) => relative(SRC, file).split('/')[0]!;

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

it('every import follows the layer rules', () => {
  const violations: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const layer = layerOf(file);
    const rules = ALLOWED[layer];
    if (!rules) {
      violations.push(`${relative(SRC, file)}: layer "${layer}" is not in ARCHITECTURE.md`);
      continue;
    }
    for (const specifier of imports(file)) {
      if (!specifier.startsWith('.')) {
        const pkg = specifier.split('/')[0]!;
        if (!rules.packages.includes(pkg)) violations.push(`${relative(SRC, file)} imports package ${specifier}`);
        continue;
      }
      const [first = '', ...rest] = relative(SRC, resolve(dirname(file), specifier)).split('/');
      const targetLayer = rest.length > 0 ? first : first === 'types' ? 'types.ts' : first === 'index' ? 'index.ts' : first;
      const inner = rest.join('/');
      if (targetLayer === layer) continue;
      if (!rules.layers.includes(targetLayer)) {
        violations.push(`${relative(SRC, file)} imports ${targetLayer} (${specifier})`);
      } else if (DOORS.has(targetLayer) && inner !== '' && inner !== 'index') {
        violations.push(`${relative(SRC, file)} enters ${targetLayer} by a side door (${specifier})`);
      }
    }
  }
  expect(violations).toEqual([]);
});

it('only integrations of their own: no integration imports another', () => {
  // The folder's door (integrations/index.ts) re-exports them all, and integrations/testing.ts is
  // test support they share (left out of the build); neither is an integration.
  const shared = new Set(['index', 'testing']);
  const integrations = sourceFiles(join(SRC, 'integrations')).filter((file) => !shared.has(relative(join(SRC, 'integrations'), file).replace(/\.tsx?$/, '')));
  const crossing = integrations.flatMap((file) => {
    const own = relative(join(SRC, 'integrations'), file).split('/')[0]!.replace(/\.tsx?$/, '');
    return imports(file)
      .filter((s) => s.startsWith('.'))
      .map((s) => relative(join(SRC, 'integrations'), resolve(dirname(file), s)))
      .filter((target) => !target.startsWith('..') && target !== 'testing' && target.split('/')[0]!.replace(/\.tsx?$/, '') !== own)
      .map((target) => `${relative(SRC, file)} -> integrations/${target}`);
  });
  expect(crossing).toEqual([]);
});
