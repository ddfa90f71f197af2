// Where the script tag's bytes go: builds dist/consentgate.js again with a source map and
// shares its minified code out by source file. Each file's code is gzipped on its own, so the
// column sums to more than the bundle's real gzip size; it ranks, it does not add up.
// Usage: node scripts/size-report.mjs [--group]   (--group sums by folder)
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import configs from '../rollup.config.mjs';

const scriptTag = configs[0];
const bundle = await rollup({ input: scriptTag.input, plugins: scriptTag.plugins });
const [chunk] = (await bundle.generate({ format: 'iife', sourcemap: true })).output;
const lines = chunk.code.split('\n');
const mappings = [];
new SourceMapConsumer(chunk.map).eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);

const group = process.argv.includes('--group');
const textBy = new Map();
mappings.forEach((m, i) => {
  const next = mappings[i + 1];
  const line = lines[m.generatedLine - 1];
  const end = next?.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
  let key = (m.source ?? '?').replace(/.*node_modules\//, '').replace(/.*src\//, 'src/');
  if (group) key = key.replace(/^(src\/[^/]+(\/[^/]+(?=\/))?)\/.*$/, '$1').replace(/^([^s][^/]*)\/.*/, '$1');
  textBy.set(key, (textBy.get(key) ?? '') + line.slice(m.generatedColumn, end));
});
const gz = (text) => gzipSync(text, { level: 9 }).length;
const rows = [...textBy].map(([file, text]) => [file, text.length, gz(text)]).sort((a, b) => b[2] - a[2]);
console.log(`dist/consentgate.js: ${chunk.code.length} raw, ${gz(chunk.code)} gzip -9\n`);
console.log('source'.padEnd(58), 'raw'.padStart(7), 'gzip alone'.padStart(11));
for (const [file, raw, gzip] of rows) console.log(file.padEnd(58), String(raw).padStart(7), String(gzip).padStart(11));
console.log('sum'.padEnd(58), String(rows.reduce((s, r) => s + r[1], 0)).padStart(7), String(rows.reduce((s, r) => s + r[2], 0)).padStart(11));
