// The one storage interface: both back ends (PGlite embedded, a Postgres server) speak the same
// SQL, so everything above this file is written once.

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  /** Which back end this is, for logs, metrics and the bench. */
  readonly kind: 'pglite' | 'postgres';
  /** Runs several statements (migrations), no parameters. */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
