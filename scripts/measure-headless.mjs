// The headless budget: what a site's bundler ships for `import { createConsent } from 'consentgate'`
// — the ESM build tree-shaken to that one export, with its dependency js-cookie, minified the
// way a bundler would (terser, two passes) and gzipped at level 9.
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ENTRY = '\0measure-create-consent';

export async function measureCreateConsent(esmIndex = fileURLToPath(new URL('../dist/esm/index.js', import.meta.url))) {
  const bundle = await rollup({
    input: ENTRY,
    plugins: [
      { name: 'entry', resolveId: (id) => (id === ENTRY ? id : null), load: (id) => (id === ENTRY ? `export { createConsent } from ${JSON.stringify(esmIndex)};` : null) },
      nodeResolve(),
    ],
  });
  const [chunk] = (await bundle.generate({ format: 'es' })).output;
  const { code } = await minify(chunk.code, { module: true, compress: { passes: 2 }, format: { comments: false } });
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await measureCreateConsent());
