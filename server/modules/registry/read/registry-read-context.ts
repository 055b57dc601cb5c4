import type pg from 'pg';
import type { AuthContext } from '../../../platform/auth';
import { RegistryPermission } from '../registry.permissions';
import type { EnterpriseListContext } from './enterprise-rows';

/** What the read routes share: the pool, the zone and its place names (for reading typed names). */
export interface RegistryReadContext {
  pool: pg.Pool;
  zoneId: string;
  zonePlaceNames: readonly string[];
}

/** The zone, the caller's read scope and the place names, as every enterprise query needs them. */
export function enterpriseListContext(context: RegistryReadContext, auth: AuthContext): EnterpriseListContext {
  return { zoneId: context.zoneId, scope: auth.filterFor(RegistryPermission.Read), zonePlaceNames: context.zonePlaceNames };
}
