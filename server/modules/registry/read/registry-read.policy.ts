/**
 * 企业清单读取策略 — which columns data scopes look at for each registry object, and the abilities the UI receives
 * with an enterprise or a review pair. Every list, count, statistic and export renders these with scopeSql.
 */
import type { AbilityRule, ScopeColumns } from '../../../platform/auth';
import { RegistryPermission } from '../registry.permissions';

/** An enterprise is reached through where it lies: its town or its body (unplaced ones only by zone scopes). */
export const enterpriseScope: ScopeColumns = { town: 'e.town_code', body: 'e.body_id' };

/** A review pair is reached through the location the write side copies onto it. */
export const reviewItemScope: ScopeColumns = { town: 'i.town_code', body: 'i.body_id' };

/** The statistics cells keep the same two columns as the enterprises they sum up. */
export const statisticsScope: ScopeColumns = { town: 'c.town_code', body: 'c.body_id' };

export const enterpriseAbilities: readonly AbilityRule<unknown>[] = [{ ability: 'review', permission: RegistryPermission.Review }];
