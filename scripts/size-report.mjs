// Where the script tag's bytes go: builds dist/consentgate.js again with a source map and
// shares its minified code out by source file. Each file's code is gzipped on its own, so the
// column sums to more than the bundle's real gzip size; it ranks, it does not add up.
// Usage: node scripts/size-report.mjs [--group] [--file consentgate-gpp.js]
//   --group sums by folder; --file shares out another script-tag output (an add-on) instead.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import configs from '../rollup.config.mjs';

const fileArg = process.argv.indexOf('--file');
const file = `dist/${fileArg > 0 ? process.argv[fileArg + 1] : 'consentgate.js'}`;
const scriptTag = configs.find((config) => config.output.file === file);
if (!scriptTag) throw new Error(`no build writes ${file}`);
const bundle = await rollup({ input: scriptTag.input, plugins: scriptTag.plugins, treeshake: scriptTag.treeshake });
const [chunk] = (await bundle.generate({ ...scriptTag.output, file: undefined, sourcemap: true })).output;
// The file as written, without the source-map comment that `sourcemap` adds.
const code = chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\n$/, '\n');
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
console.log(`${file}: ${Buffer.byteLength(code)} raw, ${gz(code)} gzip -9\n`);
console.log('source'.padEnd(58), 'raw'.padStart(7), 'gzip alone'.padStart(11));
for (const [file, raw, gzip] of rows) console.log(file.padEnd(58), String(raw).padStart(7), String(gzip).padStart(11));
console.log('sum'.padEnd(58), String(rows.reduce((s, r) => s + r[1], 0)).padStart(7), String(rows.reduce((s, r) => s + r[2], 0)).padStart(11));
