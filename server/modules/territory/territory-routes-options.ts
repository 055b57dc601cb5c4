import type pg from 'pg';
import type { TerritoryState } from './territory-state';

export interface TerritoryRoutesOptions {
  pool: pg.Pool;
  zoneId: string;
}

/** What the module's route files share once the module has started. */
export interface TerritoryContext extends TerritoryRoutesOptions {
  state: TerritoryState;
}
