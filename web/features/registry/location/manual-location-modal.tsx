import { Alert, Button, Flex, Modal, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../../app/api';
import { useLocalized } from '../../../app/localized';
import { useAction } from '../../../app/use-action';
import { useTerritoryLayers } from '../../territory/use-territory-layers';
import type { LayerName } from '../../territory/territory-api';
import { ZoneMap, type LonLat } from '../../territory/zone-map';
import { enterprisePath, type EnterpriseDetail, type EnterpriseSummary } from '../registry-api';
import { useRegistryReference } from '../registry-context';

type Target = Pick<EnterpriseSummary, 'id' | 'name' | 'townCode'> & { lng?: number | null; lat?: number | null };
type Mode = 'map' | 'town';

// Boundaries and towns only: the picked point must stand out among few other marks.
const mapLayers: ReadonlySet<LayerName> = new Set<LayerName>(['expanded', 'original', 'towns']);

/**
 * 手工定位 — places an enterprise the resolver could not: a point picked on the zone map (the server then finds its
 * area, town, body and community), or only the town when that is all that is known.
 */
export function ManualLocationModal({ enterprise, onClose, onPlaced }: { enterprise: Target | undefined; onClose: () => void; onPlaced: (detail: EnterpriseDetail) => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={enterprise !== undefined}
      title={enterprise ? t('registry.location.title', { name: enterprise.name }) : ''}
      width={760}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      {enterprise && <LocationForm key={enterprise.id} enterprise={enterprise} onClose={onClose} onPlaced={onPlaced} />}
    </Modal>
  );
}

function LocationForm({ enterprise, onClose, onPlaced }: { enterprise: Target; onClose: () => void; onPlaced: (detail: EnterpriseDetail) => void }) {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { towns } = useRegistryReference();
  const { layers, error } = useTerritoryLayers();
  const { run, pending } = useAction();
  const [mode, setMode] = useState<Mode>('map');
  const [point, setPoint] = useState<LonLat | null>(enterprise.lng != null && enterprise.lat != null ? { lon: enterprise.lng, lat: enterprise.lat } : null);
  const [townCode, setTownCode] = useState<string | undefined>(enterprise.townCode ?? undefined);
  const body = mode === 'map' ? (point ? { lng: point.lon, lat: point.lat } : null) : townCode ? { townCode } : null;

  const save = async () => {
    if (!body) return;
    let placed: EnterpriseDetail | undefined;
    const isDone = await run(
      'locate',
      async () => {
        placed = await sendJson<EnterpriseDetail>(`${enterprisePath(enterprise.id)}/location`, 'PUT', body);
      },
      t('registry.location.saved'),
    );
    if (isDone && placed) onPlaced(placed);
  };

  return (
    <Flex vertical gap={12} data-testid="manual-location">
      <Segmented<Mode>
        value={mode}
        onChange={setMode}
        options={[
          { value: 'map', label: t('registry.location.byMap') },
          { value: 'town', label: t('registry.location.byTown') },
        ]}
      />
      {mode === 'map' ? (
        <>
          <Typography.Text type="secondary">{t('registry.location.mapHint')}</Typography.Text>
          {error ? (
            <Alert type="error" showIcon title={error.message} />
          ) : (
            <ZoneMap
              layers={layers}
              marker={point}
              onMapClick={setPoint}
              visibleLayers={mapLayers}
              style={{ height: 380, borderRadius: 8, border: '1px solid #dfe3ea' }}
            />
          )}
          <Typography.Text data-testid="location-point">
            {point ? t('registry.location.point', { lon: point.lon.toFixed(5), lat: point.lat.toFixed(5) }) : t('registry.location.noPoint')}
          </Typography.Text>
        </>
      ) : (
        <>
          <Typography.Text type="secondary">{t('registry.location.townHint')}</Typography.Text>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            value={townCode}
            onChange={setTownCode}
            placeholder={t('registry.location.townPlaceholder')}
            options={towns.map((town) => ({ value: town.code, label: `${name(town)} · ${town.code}` }))}
            data-testid="location-town"
          />
        </>
      )}
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t('registry.location.cancel')}</Button>
        <Button type="primary" disabled={!body} loading={pending === 'locate'} onClick={() => void save()} data-testid="location-save">
          {t('registry.location.save')}
        </Button>
      </Flex>
    </Flex>
  );
}
