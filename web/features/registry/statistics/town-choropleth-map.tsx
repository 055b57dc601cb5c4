import { Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../app/localized';
import { floatingPanelStyle } from '../../territory/floating-panel';
import type { LayerName } from '../../territory/territory-api';
import { useTerritoryLayers } from '../../territory/use-territory-layers';
import { ZoneMap, type ZoneMapOverlay } from '../../territory/zone-map';
import type { Measure, StatisticsRow } from '../registry-api';
import { formatMeasure } from '../registry-format';
import { blendOverWhite, buildTownChoropleth } from './town-choropleth';

const baseLayers: ReadonlySet<LayerName> = new Set<LayerName>(['expanded', 'original', 'towns']);

/** 街镇专题图 — the zone map with each town coloured by the chosen measure, and the legend of the classes. */
export function TownChoroplethMap({ rows, measure, measureLabel }: { rows: readonly StatisticsRow[]; measure: Measure; measureLabel: string }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { layers } = useTerritoryLayers();
  const choropleth = useMemo(() => buildTownChoropleth(layers.towns, rows, measure), [layers.towns, rows, measure]);
  const overlays = useMemo((): ZoneMapOverlay[] => [{ id: 'registry-towns', kind: 'fill', data: choropleth.data }], [choropleth.data]);

  return (
    <ZoneMap layers={layers} visibleLayers={baseLayers} overlays={overlays} style={{ height: 420, borderRadius: 8, border: '1px solid #dfe3ea' }}>
      <div
        data-testid="choropleth-legend"
        data-classes={choropleth.classes.length}
        style={{ ...floatingPanelStyle, position: 'absolute', left: 12, bottom: 12, padding: '8px 12px', zIndex: 3, pointerEvents: 'none' }}
      >
        <Typography.Text strong style={{ fontSize: 12 }}>
          {measureLabel}
        </Typography.Text>
        {choropleth.classes.length === 0 ? (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('registry.statistics.noData')}
            </Typography.Text>
          </div>
        ) : (
          choropleth.classes.map((item) => (
            <Flex key={item.min} align="center" gap={8} style={{ fontSize: 12, marginTop: 4 }}>
              <span style={{ width: 18, height: 12, borderRadius: 2, background: blendOverWhite(item.color), border: '1px solid rgba(0,0,0,0.08)' }} />
              <span>
                {item.min === item.max
                  ? formatMeasure(measure, item.min, language)
                  : `${formatMeasure(measure, item.min, language)} – ${formatMeasure(measure, item.max, language)}`}
              </span>
            </Flex>
          ))
        )}
      </div>
    </ZoneMap>
  );
}
