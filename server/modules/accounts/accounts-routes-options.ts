import type pg from 'pg';
import type { AuthSettings } from '../../platform/auth';

/** What the accounts routes need: the pool, the installation's zone (new enterprise units belong to it), settings. */
export interface AccountsRoutesOptions {
  pool: pg.Pool;
  zoneId: string;
  settings: AuthSettings;
}
