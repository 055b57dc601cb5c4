/** What the integration global setup hands to test files (vitest provide/inject). */
export interface TestDatabaseContext {
  /** A connection URL to the test server's maintenance database (`postgres`), with credentials. */
  adminUrl: string;
  /** The migrated (and seeded) database each test database is cloned from. */
  templateDatabase: string;
  /** Every database of this run starts with it, so teardown can find and drop them all. */
  runPrefix: string;
  kind: 'embedded' | 'external';
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseContext;
  }
}
