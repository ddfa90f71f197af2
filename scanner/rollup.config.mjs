// One ES module for Node: the scanner's sources plus the parts of consentgate it shares (the
// vendor rules the gate blocks by and the config validator). Packages stay external.
import typescript from '@rollup/plugin-typescript';

export default {
  input: 'src/index.ts',
  output: { file: 'dist/index.js', format: 'es', sourcemap: false },
  external: (id) => /^(node:|playwright-core|third-party-web)/.test(id),
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      compilerOptions: { noEmit: false, declaration: false, rootDir: '..', outDir: 'dist' },
      include: ['**/*.ts'],
      filterRoot: '..',
      exclude: ['**/*.test.ts'],
    }),
  ],
};
