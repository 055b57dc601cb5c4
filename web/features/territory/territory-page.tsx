import { CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { ApiErrorResult } from '../../app/api-error-result';
import { useAuth } from '../../app/auth/auth-context';
import { hasAnyPermission } from '../../app/auth/me';
import { Permission } from '../../app/permissions';
import { usePageTitle } from '../../app/use-page-title';
import { AddressPanel, type AddressSearch } from './address-panel';
import { CoordinateReadout, type PointerSink } from './coordinate-readout';
import { floatingPanelStyle } from './floating-panel';
import { LayerImport } from './layer-import';
import { LayerPanel } from './layer-panel';
import type { SearchInput } from './parse-search-input';
import { ResolutionPanel } from './resolution-panel';
import { SearchBar } from './search-bar';
import { LAYER_NAMES, resolveAddress, type Crs, type LayerName } from './territory-api';
import { usePointAnswer, type PointQuery } from './use-point-answer';
import { useTerritoryLayers } from './use-territory-layers';
import { ZoneMap, type LonLat, type ZoneMapHighlight } from './zone-map';

/** What the side panel is about: a point (clicked or typed) or an address. */
type Subject = { kind: 'point'; query: PointQuery; isTyped: boolean } | { kind: 'address'; search: AddressSearch };

/**
 * 区域地图 — the zone map page: the layers with toggles and legend, click anywhere for the resolver's answer and
 * the case routes from there, search an address or a coordinate pair.
 */
export function TerritoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('territory.title'));
  const { catalogue, layers, error } = useTerritoryLayers();
  const canImport = hasAnyPermission(useAuth().me, [Permission.TerritoryLayerImport]);
  const [visible, setVisible] = useState<ReadonlySet<LayerName>>(() => new Set(LAYER_NAMES));
  const [subject, setSubject] = useState<Subject | null>(null);
  const pointerSink = useRef<PointerSink | null>(null);
  const addressRequest = useRef<AbortController | null>(null);
  const pointQuery = subject?.kind === 'point' ? subject.query : null;
  const answer = usePointAnswer(pointQuery);

  const showPoint = useCallback((point: LonLat) => {
    addressRequest.current?.abort();
    setSubject({ kind: 'point', query: { ...point, crs: 'wgs84' }, isTyped: false });
  }, []);
  const onPointerMove = useCallback((point: LonLat | null) => pointerSink.current?.(point), []);

  const search = (input: Exclude<SearchInput, { kind: 'empty' }>, crs: Crs) => {
    addressRequest.current?.abort();
    if (input.kind === 'coordinates') {
      setSubject({ kind: 'point', query: { lon: input.lon, lat: input.lat, crs }, isTyped: true });
      return;
    }
    const controller = new AbortController();
    addressRequest.current = controller;
    const { address } = input;
    setSubject({ kind: 'address', search: { address } });
    resolveAddress(address, controller.signal).then(
      (result) => setSubject({ kind: 'address', search: { address, answer: result } }),
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = failure instanceof ApiError ? failure : new ApiError('BAD_RESPONSE', String(failure), 0);
        setSubject({ kind: 'address', search: { address, error: apiError } });
      },
    );
  };

  const highlight = useMemo((): ZoneMapHighlight[] => {
    const found =
      subject?.kind === 'address' && subject.search.answer?.status === 'placed'
        ? subject.search.answer
        : subject?.kind === 'point'
          ? { town: answer.resolution?.town, body: null }
          : undefined;
    const items: ZoneMapHighlight[] = [];
    if (found?.town?.code) items.push({ layer: 'towns', id: found.town.code });
    if (found?.body?.id) items.push({ layer: 'bodies', id: found.body.id });
    return items;
  }, [subject, answer.resolution]);

  const marker = pointQuery ? (answer.resolution?.wgs84 ?? (pointQuery.crs === 'wgs84' ? pointQuery : null)) : null;
  const isTyped = subject?.kind === 'address' || (subject?.kind === 'point' && subject.isTyped);

  return (
    <div data-testid="territory">
      <Flex align="baseline" gap={12} wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
          {t('territory.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('territory.subtitle')}</Typography.Text>
        {canImport && (
          <span style={{ marginLeft: 'auto' }}>
            <LayerImport />
          </span>
        )}
      </Flex>
      {error && !catalogue ? (
        <ApiErrorResult error={error} />
      ) : (
        <ZoneMap
          layers={layers}
          visibleLayers={visible}
          highlight={highlight}
          shouldFrameHighlight={isTyped}
          marker={marker}
          onMapClick={showPoint}
          onPointerMove={onPointerMove}
          framePadding={{ top: 40, bottom: 56, left: 330, right: subject ? 420 : 40 }}
          style={{ height: 'calc(100vh - 190px)', minHeight: 540, borderRadius: 8, border: '1px solid #dfe3ea' }}
        >
          <Flex vertical gap={10} style={{ position: 'absolute', top: 12, left: 12, bottom: 40, pointerEvents: 'none', zIndex: 3 }}>
            <SearchBar isSearching={subject?.kind === 'address' && !subject.search.answer && !subject.search.error} onSearch={search} />
            {catalogue && (
              <div style={{ minHeight: 0, overflowY: 'auto', pointerEvents: 'auto', alignSelf: 'flex-start' }}>
                <LayerPanel
                  catalogue={catalogue}
                  bodies={layers.bodies}
                  places={layers.places}
                  visible={visible}
                  onToggle={(layer, isVisible) => {
                    const next = new Set(visible);
                    if (isVisible) next.add(layer);
                    else next.delete(layer);
                    setVisible(next);
                  }}
                />
              </div>
            )}
          </Flex>
          {subject && (
            <aside
              data-testid="territory-panel"
              style={{
                ...floatingPanelStyle,
                position: 'absolute',
                top: 12,
                right: 12,
                // Clear of the zoom buttons and scale in the bottom-right corner.
                maxHeight: 'calc(100% - 110px)',
                width: 392,
                display: 'flex',
                flexDirection: 'column',
                zIndex: 3,
              }}
            >
              <Flex align="center" justify="space-between" style={{ padding: '10px 10px 8px 16px', borderBottom: '1px solid #eef0f3' }}>
                <Typography.Text strong style={{ fontSize: 15 }}>
                  {t(subject.kind === 'point' ? 'territory.answer.title' : 'territory.address.title')}
                </Typography.Text>
                <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('territory.answer.close')} onClick={() => setSubject(null)} />
              </Flex>
              <div style={{ padding: '12px 16px 14px', overflowY: 'auto' }}>
                {subject.kind === 'point' ? (
                  <ResolutionPanel query={subject.query} answer={answer} catalogue={catalogue ?? []} layers={layers} />
                ) : (
                  <AddressPanel search={subject.search} />
                )}
              </div>
            </aside>
          )}
          <div style={{ position: 'absolute', bottom: 10, left: 10, zIndex: 3, pointerEvents: 'none' }}>
            <CoordinateReadout sinkRef={pointerSink} />
          </div>
        </ZoneMap>
      )}
    </div>
  );
}
