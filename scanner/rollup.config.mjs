// One ES module for Node: the scanner's sources plus the parts of consentgate it shares (the
// vendor rules the gate blocks by and the config validator). Packages stay external. Types are
// checked by the root `npm run typecheck`; here each file is only stripped of them
// (transpileModule), which keeps the build to a second or two.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

const stripTypes = {
  name: 'strip-types',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.')) return null;
    const base = resolve(dirname(importer), source);
    return [`${base}.ts`, `${base}/index.ts`].find(existsSync) ?? null;
  },
  transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const { outputText } = ts.transpileModule(code, {
      fileName: id,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, isolatedModules: true },
    });
    return { code: outputText, map: null };
  },
};

export default {
  input: 'src/index.ts',
  output: { file: 'dist/index.js', format: 'es' },
  external: (id) => /^(node:|playwright-core|third-party-web)/.test(id),
  plugins: [stripTypes],
};
