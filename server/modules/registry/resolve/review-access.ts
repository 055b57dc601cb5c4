/** 审核对象范围 — the registry objects a reviewer acts on, and which of their columns data scopes look at. */
import type { ScopedObject } from '../../../platform/auth';
import { RegistryPermission } from '../registry.permissions';

/** A review pair is reached through the location copied onto it (its first enterprise's town and body). */
export const REVIEW_ITEM_OBJECT: ScopedObject = {
  from: 'registry_review_items i',
  id: 'i.id::text',
  columns: { town: 'i.town_code', body: 'i.body_id' },
};

/** An enterprise is reached through where it lies. */
export const ENTERPRISE_OBJECT: ScopedObject = {
  from: 'registry_enterprises e',
  id: 'e.id',
  columns: { town: 'e.town_code', body: 'e.body_id' },
};

export const REVIEW_PERMISSIONS = { act: RegistryPermission.Review, read: RegistryPermission.Read };
