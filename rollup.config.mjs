import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    compilerOptions: { noEmit: false, declaration: false, types: [] },
    include: ['src/**/*.ts', 'src/**/*.tsx'],
    exclude: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  });

// Private fields start with "_" so terser may shorten them (STYLE.md 7).
const minify = () =>
  terser({
    ecma: 2020,
    compress: { passes: 2, pure_getters: true },
    mangle: { properties: { regex: /^_/ } },
    format: { comments: false },
  });

export default [
  {
    // The script tag: everything in one minified file, no build step for site owners.
    input: 'src/embed/index.ts',
    output: { file: 'dist/consentgate.js', format: 'iife' },
    plugins: [nodeResolve(), ts(), minify()],
  },
  {
    // The headless package: ESM for bundlers, dependencies left for the site's bundler.
    input: { index: 'src/index.ts' },
    output: { dir: 'dist/esm', format: 'es' },
    external: ['js-cookie', /^preact/],
    plugins: [ts()],
  },
];
