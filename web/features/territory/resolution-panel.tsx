import { Alert, Descriptions, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../app/localized';
import { completeNames } from './map-data';
import { CRS_CODES, type LayerInfo, type NamedRef, type PointResolution, type ZoneArea } from './territory-api';
import type { ZoneMapLayers } from './zone-map-sync';
import type { PointAnswer, PointQuery } from './use-point-answer';
import { RouteTabs } from './route-tabs';

const areaColors: Record<ZoneArea, string> = { original: 'red', expansion: 'blue', outside: 'default' };

/**
 * 点位判定结果 — what the resolver says about the chosen point (area, town, body, community, corridor, border
 * notice, layer versions) and the case routes from there.
 */
export function ResolutionPanel({
  query,
  answer,
  catalogue,
  layers,
}: {
  query: PointQuery;
  answer: PointAnswer;
  catalogue: readonly LayerInfo[];
  layers: ZoneMapLayers;
}) {
  const { t } = useTranslation();
  const { resolution, error } = answer;

  if (error) return <Alert type="error" showIcon title={error.message} data-testid="resolution-error" />;
  if (!resolution) return <Skeleton active paragraph={{ rows: 6 }} />;

  return (
    <div data-testid="resolution" data-area={resolution.area}>
      <ResolutionFacts resolution={withLayerNames(resolution, layers)} query={query} catalogue={catalogue} />
      {resolution.inZone ? (
        <RouteTabs routes={answer.routes} error={answer.routeError} isLoading={answer.isLoading} />
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('territory.routes.empty')}
        </Typography.Paragraph>
      )}
    </div>
  );
}

function withLayerNames(resolution: PointResolution, layers: ZoneMapLayers): PointResolution {
  const complete = (ref: NamedRef | null, collection: ZoneMapLayers[keyof ZoneMapLayers]) =>
    ref ? completeNames(ref, collection) : null;
  return {
    ...resolution,
    town: complete(resolution.town, layers.towns),
    body: complete(resolution.body, layers.bodies),
    community: complete(resolution.community, layers.communities),
    corridor: complete(resolution.corridor, layers.corridors),
  };
}

function ResolutionFacts({
  resolution,
  query,
  catalogue,
}: {
  resolution: PointResolution;
  query: PointQuery;
  catalogue: readonly LayerInfo[];
}) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const layerName = (layer: string) => {
    const info = catalogue.find((item) => item.layer === layer);
    return info ? t(`territory.layers.${info.layer}`) : layer;
  };
  const orNone = (ref: NamedRef | null) => (ref ? name(ref) : <Typography.Text type="secondary">{t('territory.answer.none')}</Typography.Text>);
  const { lon, lat } = resolution.wgs84;
  const versions = Object.entries(resolution.versions).map(([layer, version]) => `${layerName(layer)}: ${version}`);

  return (
    <>
      <div style={{ marginBottom: 10 }}>
        <Tag color={areaColors[resolution.area]} style={{ fontSize: 13, padding: '2px 10px' }} data-testid="resolution-area">
          {t(`territory.areas.${resolution.area}`)}
        </Tag>
      </div>
      {resolution.onBorder.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 10 }}
          title={t('territory.answer.onBorder', { layers: resolution.onBorder.map(layerName).join('、') })}
          data-testid="on-border"
        />
      )}
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: 112 } }}
        items={[
          {
            key: 'town',
            label: t('territory.answer.town'),
            children: resolution.town ? (
              <span data-testid="resolution-town">
                {name(resolution.town)}
                {resolution.town.code && (
                  <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                    {t('territory.answer.townCode', { code: resolution.town.code })}
                  </Typography.Text>
                )}
              </span>
            ) : (
              orNone(null)
            ),
          },
          { key: 'body', label: t('territory.answer.body'), children: <span data-testid="resolution-body">{orNone(resolution.body)}</span> },
          { key: 'community', label: t('territory.answer.community'), children: orNone(resolution.community) },
          { key: 'corridor', label: t('territory.answer.corridor'), children: orNone(resolution.corridor) },
          {
            key: 'coordinates',
            label: t('territory.answer.coordinates'),
            children: (
              <Tooltip title={versions.length > 0 ? `${t('territory.answer.versions')}: ${versions.join('; ')}` : undefined}>
                <Typography.Text copyable style={{ fontFamily: 'monospace', fontSize: 12 }} data-testid="resolution-wgs84">
                  {`${lon.toFixed(6)}, ${lat.toFixed(6)}`}
                </Typography.Text>
              </Tooltip>
            ),
          },
          ...(query.crs !== 'wgs84'
            ? [
                {
                  key: 'input',
                  label: t('territory.answer.input', { crs: CRS_CODES[query.crs] }),
                  children: (
                    <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }}>
                      {`${query.lon.toFixed(6)}, ${query.lat.toFixed(6)}`}
                    </Typography.Text>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
