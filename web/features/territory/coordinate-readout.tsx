import { Typography } from 'antd';
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LonLat } from './zone-map';

/** Lets the map push pointer positions into the readout without re-rendering the whole page on every move. */
export type PointerSink = (point: LonLat | null) => void;

/** 坐标读数 — the pointer's WGS-84 position and a note on the coordinate systems the platform accepts. */
export function CoordinateReadout({ sinkRef }: { sinkRef: RefObject<PointerSink | null> }) {
  const { t } = useTranslation();
  const [point, setPoint] = useState<LonLat | null>(null);
  useEffect(() => {
    sinkRef.current = setPoint;
    return () => {
      sinkRef.current = null;
    };
  }, [sinkRef]);

  return (
    <div
      data-testid="coordinate-readout"
      style={{
        background: 'rgba(255, 255, 255, 0.9)',
        borderRadius: 4,
        padding: '2px 10px',
        fontSize: 12,
        boxShadow: '0 1px 4px rgba(12, 37, 72, 0.12)',
        pointerEvents: 'auto',
        display: 'flex',
        gap: 12,
        alignItems: 'center',
        whiteSpace: 'nowrap',
      }}
    >
      <span style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', minWidth: 236 }}>
        {point ? (
          `${t('territory.crs.lon')} ${point.lon.toFixed(6)}  ${t('territory.crs.lat')} ${point.lat.toFixed(6)}`
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('territory.crs.hint')}
          </Typography.Text>
        )}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('territory.crs.note')}
      </Typography.Text>
    </div>
  );
}
