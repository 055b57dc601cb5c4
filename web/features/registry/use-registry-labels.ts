import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../app/localized';
import { useRegistryReference } from './registry-context';
import type { EnterpriseSummary, StatisticsDimension, StatisticsRow } from './registry-api';

/**
 * 名称与标签 — the words the registry shows for its codes, in the UI language: industries, segments, areas, field
 * names, sources, towns and bodies. Codes the catalogue does not know (a field a zone pack added) are shown as they
 * come; towns and bodies take their English names from the zone summary.
 */
export function useRegistryLabels() {
  const { t, i18n } = useTranslation();
  const { name } = useLocalized();
  const { towns, bodies, sources } = useRegistryReference();
  const known = (key: string, fallback: string) => (i18n.exists(key) ? (t as (key: string) => string)(key) : fallback);

  const industry = (code: string | null | undefined) => (code ? known(`registry.industries.${code}`, code) : t('common.none'));
  const segment = (code: string | null | undefined) => (code ? known(`registry.segments.${code}`, code) : t('common.none'));
  const area = (code: string | null | undefined) => (code ? known(`registry.areas.${code}`, code) : t('registry.areas.none'));
  const field = (key: string) => known(`registry.fields.${key}`, key);
  const source = (id: string) => {
    const found = sources.find((candidate) => candidate.id === id);
    return found ? name({ name: found.name, nameEn: found.nameEn }) : id;
  };
  const town = (code: string | null | undefined, fallback?: string | null) => {
    const found = towns.find((candidate) => candidate.code === code);
    return found ? name(found) : (fallback ?? code ?? t('common.none'));
  };
  const body = (id: string | null | undefined, fallback?: string | null) => {
    const found = bodies.find((candidate) => candidate.id === id);
    return found ? name(found) : (fallback ?? id ?? t('common.none'));
  };
  /** Where an enterprise is: town and body, or why it is nowhere. */
  const place = (enterprise: Pick<EnterpriseSummary, 'townCode' | 'townName' | 'bodyId' | 'bodyName' | 'locatedBy'>) =>
    enterprise.locatedBy === null ? t('registry.list.unplaced') : enterprise.townCode ? town(enterprise.townCode, enterprise.townName) : t('registry.areas.none');

  /** A statistics row's label: the catalogue's word for coded dimensions, the zone's names for places. */
  const statisticsRow = (by: StatisticsDimension, row: StatisticsRow): string => {
    if (row.key === null) return t('registry.statistics.noValue');
    switch (by) {
      case 'area':
        return area(row.key);
      case 'industry':
        return industry(row.key);
      case 'chainSegment':
        return segment(row.key);
      case 'town':
        return town(row.key, row.label);
      case 'body':
        return body(row.key, row.label);
      case 'community':
        return row.label || row.key;
    }
  };

  return { industry, segment, area, field, source, town, body, place, statisticsRow };
}
