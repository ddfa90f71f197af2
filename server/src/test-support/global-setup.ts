// vitest global set-up: one Postgres server for the whole run (the PGlite side needs none).
import type { TestProject } from 'vitest/node';
import { startTempPostgres } from '../temp-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const pg = await startTempPostgres({ fsync: false });
  project.provide('databaseUrl', pg.url);
  return () => pg.stop();
}
