import type pg from 'pg';

export interface RegistryRoutesOptions {
  pool: pg.Pool;
  zoneId: string;
  /** Where import uploads are spooled while they are read (DATA_DIR/registry-uploads). */
  uploadDir: string;
  /** Largest upload accepted (413 above it); 1 GiB when omitted. */
  uploadLimitBytes?: number;
}
