import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../app/localized';
import { LayerBadge } from './layer-badge';
import { LegendSwatch } from './legend-swatch';
import { shortenName } from './map-data';
import { bodyPalette, isPlaceKind, placeKindColors } from './map-style';
import type { LayerInfo, LayerName, MapFeatureCollection } from './territory-api';
import { floatingPanelStyle } from './floating-panel';

/** The order the list shows the layers in: the zone's outline first, then what subdivides it. */
const listOrder: readonly LayerName[] = ['original', 'expanded', 'bodies', 'towns', 'communities', 'corridors', 'places'];

/**
 * 图层面板 — one list that is both the layer switchboard and the legend: each row toggles a layer, shows how it is
 * drawn, how many features it has, and whether it is illustrative. The bodies list their colours underneath.
 */
export function LayerPanel({
  catalogue,
  bodies,
  places,
  visible,
  onToggle,
}: {
  catalogue: readonly LayerInfo[];
  bodies: MapFeatureCollection | undefined;
  places: MapFeatureCollection | undefined;
  visible: ReadonlySet<LayerName>;
  onToggle: (layer: LayerName, isVisible: boolean) => void;
}) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const [isOpen, setOpen] = useState(true);
  const byLayer = new Map(catalogue.map((info) => [info.layer, info]));
  const rows = listOrder.flatMap((layer) => {
    const info = byLayer.get(layer);
    return info ? [info] : [];
  });

  return (
    <section
      data-testid="layer-panel"
      aria-label={t('territory.layers.title')}
      style={{ ...floatingPanelStyle, width: 'max-content', minWidth: 272, maxWidth: 360 }}
    >
      <Flex align="center" justify="space-between" style={{ padding: '8px 8px 8px 14px' }}>
        <Typography.Text strong>{t('territory.layers.title')}</Typography.Text>
        <Button
          type="text"
          size="small"
          aria-label={t(isOpen ? 'territory.layers.collapse' : 'territory.layers.expand')}
          icon={isOpen ? <UpOutlined /> : <DownOutlined />}
          onClick={() => setOpen(!isOpen)}
        />
      </Flex>
      {isOpen && (
        <ul style={{ listStyle: 'none', margin: 0, padding: '0 10px 10px', borderTop: '1px solid #eef0f3' }}>
          {rows.map((info) => (
            <li key={info.layer} style={{ padding: '6px 0 2px' }}>
              <Flex align="center" gap={8} title={`${name(info)} · ${t('territory.layers.count', { count: info.featureCount })}`}>
                <Switch
                  size="small"
                  checked={visible.has(info.layer)}
                  onChange={(isChecked) => onToggle(info.layer, isChecked)}
                  aria-label={t(`territory.layers.${info.layer}`)}
                  data-testid={`layer-toggle-${info.layer}`}
                />
                <Flex
                  align="center"
                  gap={8}
                  style={{ cursor: 'pointer', userSelect: 'none' }}
                  onClick={() => onToggle(info.layer, !visible.has(info.layer))}
                >
                  <LegendSwatch layer={info.layer} />
                  <span style={{ whiteSpace: 'nowrap' }}>{t(`territory.layers.${info.layer}`)}</span>
                </Flex>
                <span style={{ flex: 1, minWidth: 8 }} />
                <LayerBadge info={info} />
              </Flex>
              {info.layer === 'bodies' && visible.has('bodies') && bodies && <BodyLegend bodies={bodies} />}
              {info.layer === 'places' && visible.has('places') && places && <PlaceKindLegend places={places} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const subListStyle = { listStyle: 'none', margin: '4px 0 0', padding: '0 0 0 44px', display: 'grid', gap: 2 } as const;

/** Each body with the fill colour the map gives it. */
function BodyLegend({ bodies }: { bodies: MapFeatureCollection }) {
  const { name } = useLocalized();
  return (
    <ul style={subListStyle} data-testid="body-legend">
      {bodies.features.map((feature, i) => {
        const properties = feature.properties ?? {};
        const label = name({ name: String(properties.name ?? ''), nameEn: properties.nameEn as string | undefined });
        return (
          <li key={String(properties.id ?? i)}>
            <Flex align="center" gap={6}>
              <LegendSwatch layer="body" color={bodyPalette[i % bodyPalette.length]} />
              <Typography.Text style={{ fontSize: 12, maxWidth: 250 }} ellipsis={{ tooltip: label }}>
                {shortenName(label)}
              </Typography.Text>
            </Flex>
          </li>
        );
      })}
    </ul>
  );
}

/** The kinds of place present, with their dot colours. */
function PlaceKindLegend({ places }: { places: MapFeatureCollection }) {
  const { t } = useTranslation();
  const kinds = [...new Set(places.features.map((feature) => String(feature.properties?.kind ?? '')))].filter(isPlaceKind);
  return (
    <ul style={subListStyle}>
      {kinds.map((kind) => (
        <li key={kind}>
          <Flex align="center" gap={6}>
            <LegendSwatch layer="places" color={placeKindColors[kind]} />
            <Typography.Text style={{ fontSize: 12 }}>{t(`territory.placeKinds.${kind}`)}</Typography.Text>
          </Flex>
        </li>
      ))}
    </ul>
  );
}
