import { useMemo } from 'react';
import { useAuth } from '../../../app/auth/auth-context';
import { hasAnyPermission } from '../../../app/auth/me';
import { Permission } from '../../../app/permissions';
import { useApi } from '../../../app/use-api';
import type { Page, Unit } from '../accounts-api';

/** 单位目录 — every unit the user may see (the tree and the enterprises in scope), by id; empty without unit.read. */
export function useUnits() {
  const { me } = useAuth();
  const canRead = hasAnyPermission(me, [Permission.UnitRead]);
  const state = useApi<Page<Unit>>(canRead ? '/api/units?pageSize=1000' : null);
  const byId = useMemo(() => new Map((state.data?.items ?? []).map((unit) => [unit.id, unit])), [state.data]);
  return { ...state, units: state.data?.items ?? [], byId };
}
