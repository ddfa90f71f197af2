import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts$ from 'typescript';

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    compilerOptions: { noEmit: false, declaration: false, types: [] },
    include: ['src/**/*.ts', 'src/**/*.tsx'],
    exclude: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  });

// Four passes, not two: a function called once is inlined into its caller only in the pass after
// the caller itself became single-use (createGate into the start-up, for one), about 240 bytes
// gzipped on the script tag; more passes change nothing. `unsafe_arrows` turns function
// expressions that never use `this` or `arguments` into arrows (nothing of ours or Preact's
// constructs one with `new` or reads its `.prototype`); `hoist_funs` lets declarations sit
// together. Together about 320 bytes on the script tag, proved by the dist and e2e tests.
const compress = { passes: 4, pure_getters: true, unsafe_arrows: true, hoist_funs: true };
// Private fields start with "_" so terser may shorten them (STYLE.md 7). One name cache for
// every build: consentgate.js and its chunks share objects (the Trusted Types policy kept on the
// window, the manager, the UI's view), so each private name must be shortened alike in all.
const nameCache = {};
const minify = () =>
  terser({
    ecma: 2020,
    compress,
    nameCache,
    mangle: { properties: { regex: /^_/ } },
    format: { comments: false },
  });

// UI stylesheets are imported as text (`./styles.css?raw`), minified; the script-tag build also
// writes the file as dist/consentgate.css, the fallback for browsers without adoptedStyleSheets.
const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>]|!important)\s*/g, '$1')
    .replace(/([:(])\s+|\s+\)/g, (m) => m.trim())
    .replace(/;}/g, '}')
    .replace(/@media \(/g, '@media(')
    .replace(/([ :(,])0\.(\d)/g, '$1.$2')
    .trim();
const css = ({ emit = false } = {}) => ({
  name: 'css-text',
  resolveId: (source, importer) =>
    source.endsWith('.css?raw') && importer ? resolve(importer, '..', source) : null,
  load(id) {
    if (!id.endsWith('.css?raw')) return null;
    const text = minifyCss(readFileSync(id.slice(0, -4), 'utf8'));
    if (emit) this.emitFile({ type: 'asset', fileName: 'consentgate.css', source: text });
    return `export default ${JSON.stringify(text)};`;
  },
});

// One small script per UI language (dist/i18n/<lang>.js), loaded only by pages that need it:
// it hands its texts to the script that loaded it through an event on its own <script> element,
// as a list in the order of the English keys (src/ui/i18n/load.ts puts the keys back): the keys
// would cost every file about 250 bytes gzipped.
const transpile = (code) =>
  ts$.transpileModule(code, { compilerOptions: { module: ts$.ModuleKind.ESNext, target: ts$.ScriptTarget.ES2020 } }).outputText;
const textKeys = Object.keys(
  (await import(`data:text/javascript,${encodeURIComponent(transpile(readFileSync('src/ui/i18n/en.ts', 'utf8')))}`)).default,
);
const languages = readdirSync('src/ui/i18n')
  .filter((file) => /^[a-z]{2}(-[a-z]{2})?\.ts$/.test(file) && file !== 'en.ts')
  .map((file) => file.slice(0, -3));
const languageEntry = (language) => ({
  name: 'language-entry',
  resolveId: (id) => (id === 'language-entry' ? '\0language-entry' : null),
  load: (id) =>
    id === '\0language-entry'
      ? `import texts from ${JSON.stringify(resolve(`src/ui/i18n/${language}.ts`))};
document.currentScript?.dispatchEvent(new CustomEvent('consentgate:i18n', { detail: [${textKeys.map((key) => `texts.${key}`)}] }));`
      : null,
  transform: (code, id) => (id.endsWith('.ts') ? transpile(code) : null),
});

// The add-ons take a few exports from doors such as core's; our modules do nothing on import
// but define their exports (package.json "sideEffects": false), so the rest of what those doors
// import stays out: js-cookie's default instance, the built-in category table, validators kept
// at module level (the frames add-on 3,330 → 2,330 bytes gzipped, receipts 1,920 → 1,160).
const treeshake = { moduleSideEffects: false };

// consentgate.js pins the chunks it loads: their SHA-384, from the files just built by the
// configs before it, replaces the empty map in src/embed/integrity.ts.
const CHUNKS = ['consentgate-ui.js'];
const integrity = () => ({
  name: 'chunk-integrity',
  transform(code, id) {
    if (!id.endsWith('/src/embed/integrity.ts')) return null;
    const hash = (file) => `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`;
    return { code: code.replace('= {};', `= ${JSON.stringify(Object.fromEntries(CHUNKS.map((file) => [file, hash(file)])))};`), map: null };
  },
});

export default [
  {
    // The UI chunk: banner, preferences dialog, links, cookie tables, CSS, English and Preact,
    // loaded by consentgate.js from beside itself only when the page needs them. Built first:
    // consentgate.js carries its hash.
    input: 'src/embed/ui-chunk.ts',
    output: { file: 'dist/consentgate-ui.js', format: 'iife' },
    plugins: [nodeResolve(), css({ emit: true }), ts(), minify()],
  },
  {
    // The script tag: what must run before any tracker can, in one minified file, no build
    // step for site owners; the UI comes as a chunk (src/embed/lazy-ui.ts).
    input: 'src/embed/index.ts',
    // No `//# allFunctionsCalledOnLoad` compile hint: it moves 5–13 ms of compiling off the main
    // thread, but the parser still waits for all 323 functions to be compiled (only 169 run at
    // start-up), so the page's first paint came later (four paired runs out of four, 20–100 ms
    // on a loaded machine), the banner with it, and the heap grew by about 58 KB of bytecode.
    // `npm run profile:compile` lists the lazy compiles.
    output: { file: 'dist/consentgate.js', format: 'iife' },
    // It takes the language helpers through the UI's door: Preact's module-level set-up stays out.
    treeshake: { moduleSideEffects: (id) => !id.includes('/node_modules/preact/') },
    plugins: [integrity(), nodeResolve(), css(), ts(), minify()],
  },
  {
    // The GPP/USP add-on for the script tag, loaded only by sites that configure it. No property
    // mangling here: its public API names (__gpp, __uspapi) start with "_".
    input: 'src/integrations/gpp/addon.ts',
    output: { file: 'dist/consentgate-gpp.js', format: 'iife' },
    treeshake,
    plugins: [ts(), terser({ ecma: 2020, compress, format: { comments: false } })],
  },
  // The frame bridge and consent receipts, add-ons for the script tag: each site that configures
  // one includes its file BEFORE consentgate.js (src/embed/addon.ts).
  ...['frames', 'receipts'].map((name) => ({
    input: `src/embed/${name}-addon.ts`,
    output: { file: `dist/consentgate-${name}.js`, format: 'iife' },
    treeshake,
    plugins: [nodeResolve(), ts(), minify()],
  })),
  {
    // The headless package: ESM for bundlers, dependencies left for the site's bundler.
    input: { index: 'src/index.ts', gcm: 'src/integrations/google-consent-mode/index.ts', gpp: 'src/integrations/gpp/index.ts', ui: 'src/ui/index.ts' },
    output: { dir: 'dist/esm', format: 'es' },
    external: ['js-cookie', /^preact/],
    plugins: [css(), ts()],
  },
  ...languages.map((language) => ({
    input: 'language-entry',
    output: { file: `dist/i18n/${language}.js`, format: 'iife', strict: false },
    plugins: [languageEntry(language), minify()],
  })),
];
