import { useMemo } from 'react';
import { useLocalized } from '../../../app/localized';
import { useApi } from '../../../app/use-api';
import type { ZoneSummary } from '../../home/zone-summary';

/**
 * Names of the zone's bodies and towns (public zone summary), for showing where a registration is located. `isReady`
 * says the names have arrived (or failed to); until then a list shows its spinner rather than raw codes.
 */
export function usePlaceNames() {
  const { name } = useLocalized();
  const { data, isLoading } = useApi<ZoneSummary>('/api/zone/summary');
  const placeOf = useMemo(() => {
    const bodies = new Map((data?.bodies ?? []).map((body) => [body.id, name(body)]));
    const towns = new Map((data?.towns ?? []).map((town) => [town.code, name(town)]));
    return (place: { bodyId: string | null; townCode: string | null }): string =>
      [place.bodyId && (bodies.get(place.bodyId) ?? place.bodyId), place.townCode && (towns.get(place.townCode) ?? place.townCode)]
        .filter(Boolean)
        .join(' · ');
  }, [data, name]);
  return { placeOf, isReady: data !== undefined || !isLoading };
}
