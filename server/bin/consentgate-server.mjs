#!/usr/bin/env node
// The service's command. It runs the compiled TypeScript in dist/ (npm run build -w @consentgate/server).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('consentgate-server: not built yet; run `npm run build -w @consentgate/server`');
  process.exit(1);
}
await import(cli.href);
