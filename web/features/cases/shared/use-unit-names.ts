import { useMemo } from 'react';
import type { ZoneSummary } from '../../../../core/zone';
import { useLocalized } from '../../../app/localized';
import { useApi } from '../../../app/use-api';

/** 单位 — a unit a case can be sent to, copied to or signed by. */
export interface UnitOption {
  id: string;
  name: string;
  nameEn: string;
}

/**
 * The zone's units by id — bodies, working groups and the departments of the responsibility matrix — from the
 * public zone summary: the names of a case's units, and the choices of transfer, copy and add-signer.
 */
export function useUnitNames() {
  const { name } = useLocalized();
  const { data } = useApi<ZoneSummary>('/api/zone/summary');
  const units = useMemo(() => {
    const byId = new Map<string, UnitOption>();
    if (!data) return byId;
    const add = (unit: UnitOption) => byId.set(unit.id, { id: unit.id, name: unit.name, nameEn: unit.nameEn });
    [data.zone, ...data.bodies, ...data.workingGroups].forEach(add);
    for (const matter of data.responsibilities) [...matter.lead, ...matter.support].forEach(add);
    return byId;
  }, [data]);
  return {
    units: [...units.values()],
    unitName: (id: string) => {
      const unit = units.get(id);
      return unit ? name(unit) : id;
    },
  };
}
