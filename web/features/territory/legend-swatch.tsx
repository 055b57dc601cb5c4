import { bodyPalette, mapColors } from './map-style';
import type { LayerName } from './territory-api';

/** 图例符号 — a small drawing of how a layer looks on the map, beside its name in the layer list. */
export function LegendSwatch({ layer, color }: { layer: LayerName | 'body'; color?: string }) {
  return (
    <svg width="26" height="16" viewBox="0 0 26 16" aria-hidden="true" style={{ flex: 'none', display: 'block' }}>
      <defs>
        <pattern id="legend-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="5" height="5" fill="#e3e6eb" />
          <line x1="0" y1="0" x2="0" y2="5" stroke={mapColors.communityLine} strokeWidth="1.4" opacity="0.7" />
        </pattern>
      </defs>
      {drawingOf(layer, color)}
    </svg>
  );
}

function drawingOf(layer: LayerName | 'body', color?: string) {
  switch (layer) {
    case 'original':
      return (
        <>
          <rect x="2" y="2" width="22" height="12" rx="1" fill="none" stroke="#fff" strokeWidth="5" />
          <rect x="2" y="2" width="22" height="12" rx="1" fill="none" stroke={mapColors.originalLine} strokeWidth="2.6" />
        </>
      );
    case 'expanded':
      return <rect x="2" y="2" width="22" height="12" rx="1" fill={mapColors.expandedFill} stroke={mapColors.expandedLine} strokeWidth="1.8" />;
    case 'towns':
      return (
        <rect x="2" y="2" width="22" height="12" rx="1" fill={mapColors.townFill} stroke={mapColors.townLine} strokeWidth="1.2" strokeDasharray="3 2" />
      );
    case 'bodies':
      return (
        <>
          {bodyPalette.slice(0, 3).map((fill, i) => (
            <rect key={fill} x={2 + i * 7.4} y="2" width="7.4" height="12" fill={fill} stroke="#fff" strokeWidth="1" />
          ))}
        </>
      );
    case 'body':
      return <rect x="5" y="2" width="16" height="12" rx="2" fill={color} fillOpacity="0.85" stroke="#fff" strokeWidth="1" />;
    case 'communities':
      return <rect x="2" y="2" width="22" height="12" rx="1" fill="url(#legend-hatch)" stroke={mapColors.communityLine} strokeWidth="1" />;
    case 'corridors':
      return (
        <rect x="2" y="2" width="22" height="12" rx="1" fill={mapColors.corridor} fillOpacity="0.15" stroke={mapColors.corridor} strokeWidth="1.8" />
      );
    case 'places':
      return <circle cx="13" cy="8" r="4.5" fill={color ?? '#1f5fd1'} stroke="#fff" strokeWidth="1.5" />;
  }
}
