import type { CSSProperties } from 'react';

/** The look of the panels that float over the map: white, slightly translucent, with a soft shadow. */
export const floatingPanelStyle: CSSProperties = {
  background: 'rgba(255, 255, 255, 0.96)',
  borderRadius: 8,
  boxShadow: '0 2px 10px rgba(12, 37, 72, 0.16)',
  pointerEvents: 'auto',
};
