import type pg from 'pg';
import type { PolicyCatalogueState } from './policy-catalogue-state';
import type { RegistrySnapshotState } from './registry-snapshot';

export interface PoliciesRoutesOptions {
  pool: pg.Pool;
  zoneId: string;
}

/** What the module's route files share once the module has started. */
export interface PoliciesContext extends PoliciesRoutesOptions {
  state: PolicyCatalogueState;
  /** The registry records with their facts, for matching and simulation. */
  registry: RegistrySnapshotState;
}
