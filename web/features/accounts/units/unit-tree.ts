import type { Unit } from '../accounts-api';

/** 单位树节点 — a unit in the tree, or a group (the enterprises, per area) that is not a unit itself. */
export interface UnitNode {
  key: string;
  unit?: Unit;
  /** For a group: what it holds (an area's id, or null for all enterprises). */
  group?: { kind: 'enterprises' | 'area'; bodyId: string | null; count: number };
  children: UnitNode[];
}

export const ENTERPRISES_KEY = 'group:enterprises';

/**
 * The organisation tree from the flat list (parent ids), with the enterprises under one extra branch grouped by
 * the body area they are located in. A unit whose parent is not in the list becomes a root, so a partial list
 * (a narrow scope) still shows everything it holds. Siblings keep the server's order.
 */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const government = units.filter((unit) => unit.kind !== 'enterprise');
  const enterprises = units.filter((unit) => unit.kind === 'enterprise');
  const nodes = new Map(government.map((unit) => [unit.id, { key: unit.id, unit, children: [] } as UnitNode]));
  const roots: UnitNode[] = [];
  for (const unit of government) {
    const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
    (parent ? parent.children : roots).push(nodes.get(unit.id)!);
  }
  if (enterprises.length === 0) return roots;

  const areas = new Map<string | null, Unit[]>();
  for (const enterprise of enterprises) areas.set(enterprise.bodyId, [...(areas.get(enterprise.bodyId) ?? []), enterprise]);
  const areaNodes = [...areas].map(([bodyId, members]): UnitNode => ({
    key: `group:area:${bodyId ?? 'none'}`,
    group: { kind: 'area', bodyId, count: members.length },
    children: members.map((unit) => ({ key: unit.id, unit, children: [] })),
  }));
  roots.push({ key: ENTERPRISES_KEY, group: { kind: 'enterprises', bodyId: null, count: enterprises.length }, children: areaNodes });
  return roots;
}

/** The keys of the nodes that match `query` (name, English name, id or credit code) and of all their ancestors. */
export function matchUnitTree(roots: readonly UnitNode[], query: string): Set<string> {
  const needle = query.trim().toLowerCase();
  const keep = new Set<string>();
  if (!needle) return keep;
  const visit = (node: UnitNode): boolean => {
    const unit = node.unit;
    const isHit =
      unit !== undefined &&
      [unit.name, unit.nameEn, unit.id, unit.creditCode ?? ''].some((text) => text.toLowerCase().includes(needle));
    const hasHitBelow = node.children.map(visit).some(Boolean);
    if (isHit || hasHitBelow) keep.add(node.key);
    return isHit || hasHitBelow;
  };
  roots.forEach(visit);
  return keep;
}
