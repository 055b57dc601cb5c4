/** 空间权限 — what the territory module lets roles do. Built-in roles carry them from the territory migration. */
import { declarePermissions } from '../../platform/auth';

export const TerritoryPermission = declarePermissions('territory', {
  Read: { id: 'territory.read', zh: '查看区域地图、空间定位、地址定位与办件路线', en: 'View the zone map, locate points and addresses, see case routes' },
  LayerImport: { id: 'territory.layer.import', zh: '导入官方边界图层', en: 'Import official boundary layers' },
});

export type TerritoryPermission = (typeof TerritoryPermission)[keyof typeof TerritoryPermission];
